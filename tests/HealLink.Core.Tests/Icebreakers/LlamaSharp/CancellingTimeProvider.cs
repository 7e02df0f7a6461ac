namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

/// <summary>
/// The system clock, which cancels a token when it is read after <see cref="CancelOnRead"/> is set: the client reads
/// the clock just after the model is loaded and just before it generates, so a test can cancel at exactly that point.
/// </summary>
internal sealed class CancellingTimeProvider : TimeProvider
{
    public CancellationTokenSource? CancelOnRead { get; set; }

    public override DateTimeOffset GetUtcNow()
    {
        CancelOnRead?.Cancel();
        return base.GetUtcNow();
    }
}
