using System.Runtime.InteropServices;
using static HealLink.Benchmarks.EncryptionCost.EncryptionCostResults;
using static HealLink.Benchmarks.Shared.ReportFormat;

namespace HealLink.Benchmarks.EncryptionCost;

/// <summary>The encryption run's figures as Markdown, ready to paste into the README.</summary>
internal static class EncryptionCostReport
{
    /// <param name="cipherMicroseconds">One intro encrypted and decrypted again, alone.</param>
    public static void Write(TextWriter output, EncryptionCostOptions options, EncryptionCostResults results, double cipherMicroseconds)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(results);
        output.WriteLine(Text($"### Encryption at rest: off against on, {options.Rounds} rounds, {options.Parallel} at a time"));
        output.WriteLine();
        output.WriteLine(string.Join(
            ' ',
            Text($"Onboarding: {options.People} mentees, 17 messages each; relay: {options.Conversations} conversations, {options.Messages} messages each."),
            Text($"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}."),
            "Rates are every round's operations over their time; latencies the median of the rounds' p50s."));
        output.WriteLine();
        output.WriteLine("| | encryption off | encryption on | on ÷ off |");
        output.WriteLine("|---|---:|---:|---:|");
        Row(output, "onboarding messages handled / s", PerSecond(results.Onboarding(false)), PerSecond(results.Onboarding(true)));
        Row(output, "onboarding p50 latency, ms", P50(results.Onboarding(false)), P50(results.Onboarding(true)));
        Row(output, "relayed messages / s", PerSecond(results.Relay(false)), PerSecond(results.Relay(true)));
        Row(output, "relay p50 latency, ms", P50(results.Relay(false)), P50(results.Relay(true)));
        output.WriteLine();
        output.WriteLine(Text($"One 130-character intro encrypted and decrypted again, alone: {Number(cipherMicroseconds)} µs."));
    }

    private static void Row(TextWriter output, string name, double off, double on) =>
        output.WriteLine($"| {name} | {Number(off)} | {Number(on)} | {Ratio(on, off)} |");
}
