namespace HealLink.Core.Tests.Matching;

/// <summary>How well "similarity at least t" picks out the labelled-positive pairs, at one threshold.</summary>
internal sealed record ThresholdPoint(double Threshold, double Precision, double Recall, double F1);

/// <summary>Every threshold from 0 to 1 in steps of 0.01, scored against labelled pairs.</summary>
internal static class ThresholdSweep
{
    public static IReadOnlyList<ThresholdPoint> Sweep(IReadOnlyList<double> similarities, IReadOnlyList<bool> positive) =>
        [.. Enumerable.Range(0, 101).Select(step => At(step / 100.0, similarities, positive))];

    /// <summary>The best F1; of equally good thresholds, the highest (a claim made less often).</summary>
    public static ThresholdPoint BestF1(IReadOnlyList<double> similarities, IReadOnlyList<bool> positive) =>
        Sweep(similarities, positive).OrderByDescending(p => Math.Round(p.F1, 6)).ThenByDescending(p => p.Threshold).First();

    public static ThresholdPoint At(double threshold, IReadOnlyList<double> similarities, IReadOnlyList<bool> positive)
    {
        int truePositives = 0, claimed = 0, positives = positive.Count(p => p);
        for (var i = 0; i < similarities.Count; i++)
        {
            if (similarities[i] >= threshold)
            {
                claimed++;
                truePositives += positive[i] ? 1 : 0;
            }
        }

        var precision = claimed == 0 ? 1 : truePositives / (double)claimed;
        var recall = positives == 0 ? 1 : truePositives / (double)positives;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ThresholdPoint(threshold, precision, recall, f1);
    }
}
