using System.Text.Json;

namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>Sorts a final answer into a value or a <see cref="DiscordFailure"/> the outbox can act on.</summary>
internal static class DiscordAnswerClassifier
{
    public const int CannotSendToUser = 50007;
    public const int NoMutualGuilds = 50278;

    // Cloudflare and Discord's front end answer these when Discord is briefly unwell; discord.py retries the same set.
    private static readonly int[] RetryableServerErrors = [500, 502, 503, 504, 524];

    public static bool IsRetryableServerError(int status) => RetryableServerErrors.Contains(status);

    public static DiscordResult<T> Classify<T>(DiscordRoute route, DiscordAnswer.Answered answer, DiscordTokenRedactor redactor)
    {
        if (answer.Status is >= 200 and < 300)
        {
            return Read<T>(route, answer);
        }

        var error = DiscordErrorBody.Read(answer.Body);
        // Discord's messages never quote the token, but a proxy's or a future error's might: nothing surfaces unmasked.
        var message = redactor.Redact(error.Message ?? "no readable error body");
        var outcome = (answer.Status, error.Code) switch
        {
            (429, _) => DiscordOutcome.RetryAfter,
            (_, CannotSendToUser or NoMutualGuilds) => DiscordOutcome.Unreachable,

            // A revoked or mistyped token: nothing sent can succeed until an operator fixes it, and then it should.
            (401, _) => DiscordOutcome.Transient,
            ( >= 500, _) => DiscordOutcome.Transient,
            _ => DiscordOutcome.Permanent,
        };
        var retryAfter = error.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        return new DiscordFailure(outcome, $"{route}: {message}", answer.Status, error.Code, retryAfter);
    }

    private static DiscordResult<T> Read<T>(DiscordRoute route, DiscordAnswer.Answered answer)
    {
        if (typeof(T) == typeof(NoContent))
        {
            return DiscordResult.Ok<T>((T)(object)NoContent.Instance);
        }

        try
        {
            if (JsonSerializer.Deserialize<T>(answer.Body, DiscordJson.Options) is { } value)
            {
                return DiscordResult.Ok<T>(value);
            }
        }
        catch (JsonException)
        {
            // Falls through: a success whose body cannot be read is reported as such, below.
        }

        // The request may well have succeeded; sends carry a nonce, so trying again cannot duplicate them.
        return new DiscordFailure(DiscordOutcome.Transient, $"{route}: the answer was not the JSON expected", answer.Status);
    }
}
