namespace HealLink.Core.Safety;

/// <summary>
/// Decides whether a message suggests its writer (or someone they speak for) may be in crisis, and says why, at
/// once and offline: the phrase lists. <see cref="ICrisisAssessor"/> adds the semantic path behind them.
/// </summary>
public interface ICrisisDetector
{
    /// <summary>What fired, or null when nothing did.</summary>
    CrisisMatch? Find(string? text);
}
