using System.Globalization;

namespace HealLink.Benchmarks.Shared;

/// <summary>A command's options as <c>--name value</c> pairs; every message ends with the command's usage line.</summary>
internal static class CommandOptions
{
    public static IEnumerable<(string Name, string Value)> Pairs(IReadOnlyList<string> args, string usage)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count; i += 2)
        {
            yield return i + 1 < args.Count
                ? (args[i], args[i + 1])
                : throw new ArgumentException($"{args[i]} needs a value. Usage: {usage}");
        }
    }

    /// <summary>Options that all take a whole number of at least their minimum: the value of each one given.</summary>
    public static Dictionary<string, int> Counts(IReadOnlyList<string> args, string usage, params (string Name, int Minimum)[] options)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, value) in Pairs(args, usage))
        {
            var option = Array.FindIndex(options, option => option.Name == name);
            counts[name] = option >= 0 ? Count(name, value, options[option].Minimum, usage) : throw Unknown(name, usage);
        }

        return counts;
    }

    public static int Count(string option, string value, int minimum, string usage) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= minimum
            ? count
            : throw new ArgumentException($"{option} must be a whole number of at least {minimum}, not '{value}'. Usage: {usage}");

    public static ArgumentException Unknown(string option, string usage) => new($"Unknown option {option}. Usage: {usage}");
}
