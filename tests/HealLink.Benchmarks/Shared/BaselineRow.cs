using static HealLink.Benchmarks.Shared.ReportFormat;

namespace HealLink.Benchmarks.Shared;

/// <summary>A row of a report's table: a figure, and the bare commit's alone and in parallel, each with its ratio.</summary>
internal static class BaselineRow
{
    public static void Write(TextWriter output, string label, double measured, double sequential, double parallel)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(Text(
            $"| {label} | {Number(measured)} | {Number(sequential)} | {Ratio(measured, sequential)} | {Number(parallel)} | {Ratio(measured, parallel)} |"));
    }
}
