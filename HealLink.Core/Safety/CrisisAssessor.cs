using Microsoft.Extensions.Logging;

namespace HealLink.Core.Safety;

/// <summary>
/// The phrase lists, then the semantic path when there is one (<see cref="SemanticCrisisDetector.For"/>): the
/// lists always run, so the offline path is the floor, and the semantic path can only add crises to it.
/// </summary>
public sealed class CrisisAssessor(ICrisisDetector phrases, SemanticCrisisDetector? semantic, ILogger<CrisisAssessor> logger)
    : ICrisisAssessor
{
    /// <summary>Whether similarity to curated statements is consulted (false with the offline embedder).</summary>
    public bool IsSemantic => semantic is not null;

    public async Task<CrisisMatch?> AssessAsync(string? text, CancellationToken cancellationToken)
    {
        var match = phrases.Find(text);
        if (match is not null || semantic is null || string.IsNullOrWhiteSpace(text))
        {
            return match;
        }

        try
        {
            return await semantic.FindAsync(text, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The lists have already looked. A failing model must not stop the message from being handled: that would
            // hold back every reply to it, a crisis reply from the lists included. Nothing the person wrote is logged.
            logger.LogWarning(exception, "The semantic crisis check failed; the phrase lists' verdict stands");
            return null;
        }
    }
}
