using Microsoft.Extensions.Logging;

namespace HealLink.Bot.Tests.Logging;

/// <summary>
/// One log entry, as every sink could write it: the formatted message, each structured value on its own (a JSON
/// formatter writes them separately), each scope around it, and the exception with its stack.
/// </summary>
internal sealed record LogRecord(
    LogLevel Level,
    string Category,
    string Message,
    IReadOnlyList<string> Values,
    IReadOnlyList<string> Scopes,
    string? Exception)
{
    /// <summary>Every piece of text this entry could put in a log file.</summary>
    public IEnumerable<(string Part, string Text)> Texts()
    {
        yield return ("message", Message);
        foreach (var value in Values)
        {
            yield return ("value", value);
        }

        foreach (var scope in Scopes)
        {
            yield return ("scope", scope);
        }

        if (Exception is { } exception)
        {
            yield return ("exception", exception);
        }
    }

    public override string ToString() => $"{Level} {Category}: {Message}";
}
