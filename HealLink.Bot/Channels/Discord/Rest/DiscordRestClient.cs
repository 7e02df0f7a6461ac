using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// Sends one REST request inside Discord's rate limits and decides whether to try again: a 429 asking for at most
/// <see cref="DiscordOptions.MaxRetryAfterWaitSeconds"/> is waited out (up to <see cref="DiscordOptions.RateLimitRetries"/>
/// times), a 5xx or a lost connection is retried with back-off; anything else comes back as a classified result.
/// The endpoint classes (<see cref="DiscordMessagesApi"/> and the rest) build the requests.
/// </summary>
public sealed partial class DiscordRestClient(
    HttpClient http,
    DiscordRateLimits limits,
    IOptions<DiscordOptions> options,
    DiscordTokenRedactor redactor,
    TimeProvider time,
    ILogger<DiscordRestClient> logger)
{
    /// <summary>A message body as JSON, refused before sending when its content is over Discord's 2000 characters.</summary>
    internal Task<DiscordResult<T>> SendMessageJsonAsync<T, TPayload>(DiscordRoute route, string? content, TPayload payload, CancellationToken cancellationToken) =>
        DiscordMessageLimits.CheckContent(content) is { } refused
            ? Task.FromResult<DiscordResult<T>>(refused)
            : SendAsync<T>(route, DiscordRequestBodies.Json(payload), cancellationToken);

    internal async Task<DiscordResult<T>> SendAsync<T>(DiscordRoute route, Func<HttpContent>? body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var longestWait = TimeSpan.FromSeconds(settings.MaxRetryAfterWaitSeconds);
        var rateLimited = 0;
        var serverErrors = 0;
        while (true)
        {
            var answer = await AttemptAsync(route, body, longestWait, cancellationToken);
            switch (answer)
            {
                case DiscordAnswer.HeldBack held:
                    return new DiscordFailure(DiscordOutcome.RetryAfter, $"{route}: rate limited", RetryAfter: held.Wait);

                case DiscordAnswer.Answered { Status: 429 } limited when ++rateLimited <= settings.RateLimitRetries
                    && (DiscordErrorBody.Read(limited.Body).RetryAfter ?? 0) <= longestWait.TotalSeconds:
                    // The bucket or the global limiter already holds the next attempt for retry_after.
                    continue;

                case DiscordAnswer.Answered served when DiscordAnswerClassifier.IsRetryableServerError(served.Status) && ++serverErrors <= settings.ServerErrorRetries:
                case DiscordAnswer.NoAnswer when ++serverErrors <= settings.ServerErrorRetries:
                    await Task.Delay(Backoff(settings, serverErrors), time, cancellationToken);
                    continue;

                case DiscordAnswer.Answered final:
                    return DiscordAnswerClassifier.Classify<T>(route, final, redactor);

                case DiscordAnswer.NoAnswer lost:
                    return new DiscordFailure(DiscordOutcome.Transient, $"{route}: {redactor.Redact(lost.Reason)}");

                default:
                    throw new InvalidOperationException($"Unexpected answer {answer.GetType().Name}.");
            }
        }
    }

    private async Task<DiscordAnswer> AttemptAsync(DiscordRoute route, Func<HttpContent>? body, TimeSpan longestWait, CancellationToken cancellationToken)
    {
        if (route.CountsTowardGlobalLimit && limits.Global.PauseLeft is var paused && paused > longestWait)
        {
            return new DiscordAnswer.HeldBack(paused);
        }

        var bucket = limits.BucketFor(route);
        if (await bucket.EnterAsync(longestWait, cancellationToken) is { } wait)
        {
            return new DiscordAnswer.HeldBack(wait);
        }

        try
        {
            if (route.CountsTowardGlobalLimit)
            {
                await limits.Global.WaitForTurnAsync(cancellationToken);
            }

            using var request = new HttpRequestMessage(route.Method, Address(route)) { Content = body?.Invoke() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.BotToken);
            using var response = await http.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            var headers = RateLimitHeaders.From(response.Headers);
            limits.Learn(route, bucket, headers.Bucket);
            if (headers.Remaining == 0 && headers.ResetAfter is { } reset)
            {
                bucket.HoldFor(reset);
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (status == 429)
            {
                HoldAfterTooManyRequests(route, bucket, headers, DiscordErrorBody.Read(text), RateLimitHeaders.RetryAfterHeader(response.Headers));
            }

            return new DiscordAnswer.Answered(status, text);
        }
        catch (HttpRequestException exception)
        {
            return new DiscordAnswer.NoAnswer(exception.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DiscordAnswer.NoAnswer("timed out");
        }
        finally
        {
            bucket.Exit();
        }
    }

    /// <summary>A global 429 holds every request; any other holds only its bucket.</summary>
    private void HoldAfterTooManyRequests(DiscordRoute route, RouteBucket bucket, RateLimitHeaders headers, DiscordErrorBody error, TimeSpan? retryAfterHeader)
    {
        var wait = error.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : retryAfterHeader ?? TimeSpan.FromSeconds(1);
        var global = error.Global == true || headers.Global;

        // "shared" means another bot or user spent the resource's limit: nothing this client did wrong.
        if (!string.Equals(headers.Scope, "shared", StringComparison.Ordinal))
        {
            LogRateLimited(logger, route.RouteKey, global, wait.TotalSeconds);
        }

        if (global)
        {
            limits.Global.PauseFor(wait);
        }
        else
        {
            bucket.HoldFor(wait);
        }
    }

    private Uri Address(DiscordRoute route) => new(options.Value.ApiBaseUrl.TrimEnd('/') + route.Path);

    private static TimeSpan Backoff(DiscordOptions settings, int attempt) =>
        TimeSpan.FromMilliseconds(settings.ServerErrorBackoffMilliseconds * Math.Pow(2, attempt - 1));

    // The route template only: the address may hold an interaction token.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate limited {Route} (global: {Global}); holding it for {Seconds} s")]
    private static partial void LogRateLimited(ILogger logger, string route, bool global, double seconds);
}
