using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.Relay;

/// <summary>
/// The relay command's settings: <c>--conversations N</c> open conversations, <c>--messages M</c> timed messages in
/// each after <c>--warmup W</c> untimed ones, <c>--parallel P</c> conversations talking at once (default N).
/// </summary>
internal sealed record RelayOptions(int Conversations, int Messages, int Parallel, int Warmup)
{
    public const string Usage = "relay [--conversations N (20)] [--messages M (50)] [--parallel P (N)] [--warmup W (5)]";

    public int TimedMessages => Conversations * Messages;

    public static RelayOptions Parse(IReadOnlyList<string> args)
    {
        var counts = CommandOptions.Counts(args, Usage, ("--conversations", 1), ("--messages", 1), ("--parallel", 1), ("--warmup", 0));
        var conversations = counts.GetValueOrDefault("--conversations", 20);
        return new RelayOptions(
            conversations, counts.GetValueOrDefault("--messages", 50), counts.GetValueOrDefault("--parallel", conversations), counts.GetValueOrDefault("--warmup", 5));
    }
}
