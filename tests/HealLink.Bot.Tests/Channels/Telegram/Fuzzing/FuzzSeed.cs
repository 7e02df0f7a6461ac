using System.Globalization;
using Xunit.Sdk;

namespace HealLink.Bot.Tests.Channels.Telegram.Fuzzing;

/// <summary>
/// The seed of a fuzzing run: new every run so runs explore, or fixed by <see cref="Variable"/> to replay one.
/// Whatever fails is reported with the seed, so the failure can be replayed.
/// </summary>
internal static class FuzzSeed
{
    public const string Variable = "HEALLINK_FUZZ_SEED";

    public static int Choose() =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : Random.Shared.Next();

    /// <summary>Runs a fuzzing test with a chosen seed, naming the seed in any failure.</summary>
    public static async Task RunAsync(Func<int, Task> test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var seed = Choose();
        try
        {
            await test(seed);
        }
        catch (Exception exception)
        {
            throw new XunitException($"Fuzzing with seed {seed} failed; replay it with {Variable}={seed}. {exception.GetType().Name}: {exception.Message}", exception);
        }
    }
}
