using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace HealLink.FakeDiscord.Rest;

/// <summary>
/// Every route's front door, in Discord's order: the token (401), any queued fault, the rate limits (429, counted
/// when the client caused it), then the route itself. Each request is recorded with the status it got.
/// </summary>
internal sealed class FakeRestEndpoint(string token, FakeRestFaults faults, FakeRateLimiter limiter, FakeRestLog log, TimeProvider time)
{
    public async Task HandleAsync(FakeRestRoute route, HttpContext context)
    {
        var at = time.GetUtcNow();
        var status = 0;
        try
        {
            status = await AnswerAsync(route, context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            context.Abort();
        }
        finally
        {
            log.Record(new FakeRestRequest(route.Method, route.Name, context.Request.Path, status, at)
            {
                UserAgent = context.Request.Headers.UserAgent.ToString(),
            });
        }
    }

    private async Task<int> AnswerAsync(FakeRestRoute route, HttpContext context)
    {
        var call = new FakeRestCall(context, context.RequestAborted);
        try
        {
            if (route.RequiresBotToken && !string.Equals(context.Request.Headers.Authorization, $"Bot {token}", StringComparison.Ordinal))
            {
                throw DiscordError.Unauthorized();
            }

            switch (faults.TakeNext(route))
            {
                case FakeRestFault.Drop:
                    context.Abort();
                    return 0;
                case FakeRestFault.Slow slow:
                    await Task.Delay(slow.Delay, time, context.RequestAborted);
                    break;
                case { } fault:
                    return await FakeRestFaultAnswers.WriteAsync(context, fault);
            }

            var decision = limiter.Decide(route, string.Join('/', route.MajorParameters.Select(call.Value)));
            foreach (var (name, value) in decision.Headers)
            {
                context.Response.Headers[name] = value;
            }

            if (!decision.Allowed)
            {
                return await WriteAsync(context, 429, TooManyRequests(decision.RetryAfterSeconds, decision.Global));
            }

            var answer = await route.Handle(call);
            return await WriteAsync(context, answer.Status, answer.Body);
        }
        catch (DiscordError error)
        {
            return await WriteAsync(context, error.Status, error.Body());
        }
    }

    public static JsonObject TooManyRequests(double retryAfter, bool global) => new()
    {
        ["message"] = "You are being rate limited.",
        ["retry_after"] = retryAfter,
        ["global"] = global,
    };

    public static async Task<int> WriteAsync(HttpContext context, int status, JsonNode? body)
    {
        context.Response.StatusCode = status;
        if (body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
        }

        return status;
    }

    public static string Seconds(double seconds) => seconds.ToString("0.000", CultureInfo.InvariantCulture);
}
