using System.Globalization;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace HealLink.Bot.Tests.Reliability;

/// <summary>
/// The seed behind a reliability run's plan, kills and faults: fixed, so every run and CI see the same kind of run,
/// and printed; <see cref="Variable"/> chooses another, or replays a failed one (timing still varies between runs:
/// the seed fixes what is said and when to strike, not how the machine schedules it).
/// </summary>
internal static class ReliabilitySeed
{
    public const string Variable = "HEALLINK_RELIABILITY_SEED";

    public const int Default = 20_260_611;

    /// <summary>Runs the test with the seed, naming it in the output and in any failure.</summary>
    public static async Task RunAsync(ITestOutputHelper output, Func<int, Task> test)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(test);
        var seed = int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var chosen)
            ? chosen
            : Default;
        output.WriteLine($"seed {seed} (another: {Variable}=N)");
        try
        {
            await test(seed);
        }
        catch (Exception exception)
        {
            throw new XunitException($"The run with seed {seed} failed; replay it with {Variable}={seed}. {exception.GetType().Name}: {exception.Message}", exception);
        }
    }
}
