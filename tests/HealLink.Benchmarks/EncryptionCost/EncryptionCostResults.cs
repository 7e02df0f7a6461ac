using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.EncryptionCost;

/// <summary>Every round's measurement, by load and by whether encryption was on.</summary>
internal sealed class EncryptionCostResults
{
    private readonly List<LoadMeasurement>[] _onboarding = [[], []];
    private readonly List<LoadMeasurement>[] _relay = [[], []];

    public List<LoadMeasurement> Onboarding(bool encrypted) => _onboarding[encrypted ? 1 : 0];

    public List<LoadMeasurement> Relay(bool encrypted) => _relay[encrypted ? 1 : 0];

    /// <summary>All rounds together: every operation over all the time they took.</summary>
    public static double PerSecond(List<LoadMeasurement> rounds) =>
        rounds.Sum(r => r.Operations) / rounds.Sum(r => r.Elapsed.TotalSeconds);

    /// <summary>The median of the rounds' medians: one slow round on a shared machine does not move it.</summary>
    public static double P50(List<LoadMeasurement> rounds) =>
        rounds.Select(r => r.Latency.P50).Order().ElementAt(rounds.Count / 2);
}
