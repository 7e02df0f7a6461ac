using System.Globalization;

namespace HealLink.Benchmarks.Shared;

/// <summary>How the reports write numbers: invariant culture, as many digits as the size of the number deserves.</summary>
internal static class ReportFormat
{
    public static string Number(double value) => value switch
    {
        < 10 => Text($"{value:0.00}"),
        < 100 => Text($"{value:0.0}"),
        _ => Text($"{value:#,0}"),
    };

    public static string Ratio(double measured, double baseline)
    {
        // Two significant digits below 1: a pipeline at 0.4 % of the baseline's rate must not print as 0.00×. From
        // 0.995 they would round to a bare "1×".
        var ratio = measured / baseline;
        return ratio switch
        {
            < 0.995 => Text($"{ratio:G2}×"),
            < 10 => Text($"{ratio:0.0}×"),
            _ => Text($"{ratio:#,0}×"),
        };
    }

    public static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
