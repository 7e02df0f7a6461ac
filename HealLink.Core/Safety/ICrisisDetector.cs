namespace HealLink.Core.Safety;

/// <summary>
/// Decides whether a message suggests its writer (or someone they speak for) may be in crisis, and says why.
/// The phrase lists are one implementation; semantic similarity to curated crisis statements (MiniLM, when it is
/// loaded) is meant to be another behind this seam, consulted after the phrases so the offline path always runs.
/// </summary>
public interface ICrisisDetector
{
    /// <summary>What fired, or null when nothing did.</summary>
    CrisisMatch? Find(string? text);
}
