using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.Telegram;

/// <summary>
/// The Telegram command's settings: <c>--people N</c> (100), <c>--messages-per-person M</c> (1: "/start"; each
/// further one is "/help"), <c>--scenario real|raised|both</c> (both).
/// </summary>
internal sealed record TelegramLoadOptions(int People, int MessagesPerPerson, IReadOnlyList<RateLimitScenario> Scenarios)
{
    public const string Usage = "telegram [--people N (100)] [--messages-per-person M (1)] [--scenario real|raised|both (both)]";

    public int Updates => People * MessagesPerPerson;

    public static TelegramLoadOptions Parse(IReadOnlyList<string> args)
    {
        int? people = null, messages = null;
        IReadOnlyList<RateLimitScenario>? scenarios = null;
        foreach (var (name, value) in CommandOptions.Pairs(args, Usage))
        {
            switch (name)
            {
                case "--people":
                    people = CommandOptions.Count(name, value, minimum: 1, Usage);
                    break;
                case "--messages-per-person":
                    messages = CommandOptions.Count(name, value, minimum: 1, Usage);
                    break;
                case "--scenario":
                    scenarios = ScenariosNamed(value);
                    break;
                default:
                    throw CommandOptions.Unknown(name, Usage);
            }
        }

        return new TelegramLoadOptions(people ?? 100, messages ?? 1, scenarios ?? ScenariosNamed("both"));
    }

    private static RateLimitScenario[] ScenariosNamed(string value) => value switch
    {
        "real" => [RateLimitScenario.Real],
        "raised" => [RateLimitScenario.Raised],
        "both" => [RateLimitScenario.Real, RateLimitScenario.Raised],
        _ => throw new ArgumentException($"--scenario is real, raised or both, not '{value}'. Usage: {Usage}"),
    };
}
