using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.EncryptionCost;

/// <summary>
/// The encryption command's settings: <c>--people N</c> onboarding, <c>--conversations N</c> relaying <c>--messages M</c>
/// each, <c>--parallel P</c> at a time, <c>--rounds R</c> of off-then-on (the order alternating each round).
/// </summary>
internal sealed record EncryptionCostOptions(int People, int Conversations, int Messages, int Parallel, int Rounds)
{
    public const string Usage =
        "encryption [--people N (30)] [--conversations N (10)] [--messages M (40)] [--parallel P (1)] [--rounds R (3)]";

    public static EncryptionCostOptions Parse(IReadOnlyList<string> args)
    {
        var counts = CommandOptions.Counts(
            args, Usage, ("--people", 1), ("--conversations", 1), ("--messages", 1), ("--parallel", 1), ("--rounds", 1));
        return new EncryptionCostOptions(
            counts.GetValueOrDefault("--people", 30),
            counts.GetValueOrDefault("--conversations", 10),
            counts.GetValueOrDefault("--messages", 40),
            counts.GetValueOrDefault("--parallel", 1),
            counts.GetValueOrDefault("--rounds", 3));
    }
}
