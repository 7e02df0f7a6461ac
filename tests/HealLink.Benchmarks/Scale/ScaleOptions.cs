using HealLink.Benchmarks.Shared;
using HealLink.Benchmarks.Telegram;

namespace HealLink.Benchmarks.Scale;

/// <summary>
/// The scale command's settings: <c>--conversations N</c> open conversations talking at once, <c>--messages M</c>
/// timed messages in each after <c>--warmup W</c> untimed ones, <c>--rounds R</c> times every row (the order turning
/// each round), <c>--limits raised|real</c> the rate limits both the bots and the fake keep to.
/// </summary>
internal sealed record ScaleOptions(int Conversations, int Messages, int Warmup, int Rounds, RateLimitScenario Limits)
{
    public const string Usage =
        "scale [--conversations N (20)] [--messages M (30)] [--warmup W (5)] [--rounds R (1)] [--limits raised|real (raised)]";

    public int TimedMessages => Conversations * Messages;

    public static ScaleOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var counts = new List<string>();
        var limits = RateLimitScenario.Raised;
        foreach (var (name, value) in CommandOptions.Pairs(args, Usage))
        {
            if (name == "--limits")
            {
                limits = value switch
                {
                    "raised" => RateLimitScenario.Raised,
                    "real" => RateLimitScenario.Real,
                    _ => throw new ArgumentException($"--limits is raised or real, not '{value}'. Usage: {Usage}"),
                };
            }
            else
            {
                counts.AddRange([name, value]);
            }
        }

        var given = CommandOptions.Counts(counts, Usage, ("--conversations", 1), ("--messages", 1), ("--warmup", 1), ("--rounds", 1));
        return new ScaleOptions(
            given.GetValueOrDefault("--conversations", 20),
            given.GetValueOrDefault("--messages", 30),
            given.GetValueOrDefault("--warmup", 5),
            given.GetValueOrDefault("--rounds", 1),
            limits);
    }
}
