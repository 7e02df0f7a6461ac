namespace HealLink.Core.Safety;

/// <summary>
/// The full crisis check for one message: the phrase lists first, then, when an embedder of meaning is loaded,
/// similarity to curated crisis statements. Asynchronous because embedding takes milliseconds of CPU, so the pipeline
/// runs it before its transaction and hands the verdict to the (pure) conversation handler.
/// </summary>
public interface ICrisisAssessor
{
    /// <summary>What fired, or null when nothing did.</summary>
    Task<CrisisMatch?> AssessAsync(string? text, CancellationToken cancellationToken);
}
