namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// A REST call's answer: the value Discord returned, or a <see cref="DiscordFailure"/> already sorted into what to do.
/// Failures are values rather than exceptions because every one of them is an expected answer the outbox acts on.
/// </summary>
public sealed record DiscordResult<T>
{
    internal DiscordResult(T? value, DiscordFailure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public DiscordFailure? Failure { get; }

    public bool IsSuccess => Failure is null;

    public DiscordOutcome Outcome => Failure?.Outcome ?? DiscordOutcome.Success;

    public static implicit operator DiscordResult<T>(DiscordFailure failure) => DiscordResult.Fail<T>(failure);

    /// <summary>The same failure carried as another result type, for a call that needed this one's value first.</summary>
    public DiscordResult<TOther> FailAs<TOther>() =>
        DiscordResult.Fail<TOther>(Failure ?? throw new InvalidOperationException("The call succeeded."));
}

public static class DiscordResult
{
    public static DiscordResult<T> Ok<T>(T value) => new(value, null);

    public static DiscordResult<T> Fail<T>(DiscordFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new(default, failure);
    }
}

/// <summary>The value of a call Discord answers with 204 No Content.</summary>
public sealed record NoContent
{
    public static NoContent Instance { get; } = new();
}
