using System.Globalization;

namespace HealLink.Core.Tests.Safety;

/// <summary>How a detector did on some labelled sentences: recall (crises caught) and precision (alarms that were real).</summary>
internal sealed record CrisisScore(int Crises, int Others, int Caught, int FalseAlarms)
{
    public double Recall => Crises == 0 ? 1 : (double)Caught / Crises;

    public double Precision => Caught + FalseAlarms == 0 ? 1 : (double)Caught / (Caught + FalseAlarms);

    public static CrisisScore Of(IEnumerable<(CrisisSentence Sentence, bool Fired)> results)
    {
        var list = results.ToList();
        return new CrisisScore(
            list.Count(r => r.Sentence.IsCrisis),
            list.Count(r => !r.Sentence.IsCrisis),
            list.Count(r => r.Sentence.IsCrisis && r.Fired),
            list.Count(r => !r.Sentence.IsCrisis && r.Fired));
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Crises} crisis + {Others} not: recall {Recall:F3} ({Caught}/{Crises}), "
        + $"precision {Precision:F3} ({Caught}/{Caught + FalseAlarms})");
}
