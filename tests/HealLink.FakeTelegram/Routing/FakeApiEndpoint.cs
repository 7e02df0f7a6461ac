using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace HealLink.FakeTelegram.Routing;

/// <summary>
/// <c>/bot{token}/{method}</c>: checks the token, finds the method, applies any fault queued for it, runs it and
/// answers; every request is recorded with the status it got.
/// </summary>
/// <param name="stopping">Fires when the fake stops, ending long polls and slow answers at once.</param>
internal sealed class FakeApiEndpoint(
    string token, ApiMethodTable methods, FakeFaults faults, FakeCallLog calls, TimeProvider time, CancellationToken stopping)
{
    public async Task HandleAsync(HttpContext context, string requestToken, string method)
    {
        var at = time.GetUtcNow();
        var name = method.ToLowerInvariant();
        var parameters = new JsonObject();
        var status = 0;
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            var read = await ApiParameters.ReadAsync(context.Request, aborted.Token);
            parameters = read.Values;
            status = await AnswerAsync(context, requestToken, name, read, aborted.Token);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client gave up, or the fake is stopping: nobody gets an answer.
            context.Abort();
        }
        finally
        {
            calls.Record(new FakeApiCall(name, parameters, status, at) { Host = context.Request.Host.Value ?? "" });
        }
    }

    private async Task<int> AnswerAsync(
        HttpContext context, string requestToken, string name, ApiParameters read, CancellationToken aborted)
    {
        try
        {
            if (!string.Equals(requestToken, token, StringComparison.Ordinal))
            {
                throw TelegramError.Unauthorized();
            }

            var method = methods.Find(name) ?? throw TelegramError.NotFound();
            if (await ApplyFaultAsync(context, name, aborted) is { } faulted)
            {
                return faulted;
            }

            if (read.Problem is not null)
            {
                throw TelegramError.BadRequest(read.Problem);
            }

            return await ApiAnswers.OkAsync(context, await method(new ApiRequest(read.Values, aborted)));
        }
        catch (TelegramError error)
        {
            return await ApiAnswers.ErrorAsync(context, error);
        }
    }

    /// <summary>The status written in place of the normal answer, or null to go on with it.</summary>
    private async Task<int?> ApplyFaultAsync(HttpContext context, string name, CancellationToken aborted)
    {
        switch (faults.TakeNext(name))
        {
            case FakeFault.TooManyRequests fault:
                throw TelegramError.TooManyRequests(fault.RetryAfterSeconds);
            case FakeFault.BadRequest fault:
                throw TelegramError.BadRequest(fault.Description);
            case FakeFault.ServerError fault:
                return await ApiAnswers.ServerErrorAsync(context, fault.Status);
            case FakeFault.Slow fault:
                await Task.Delay(fault.Delay, time, aborted);
                return null;
            case FakeFault.Drop:
                context.Abort();
                return 0;
            default:
                return null;
        }
    }
}
