using System.Text.RegularExpressions;

namespace HealLink.Bot.Tests.Logging;

/// <summary>
/// Finds what must never be in a log in recorded entries: texts anywhere (case ignored, so an upper-cased echo
/// counts), and numeric ids only where they stand alone, so that id 1001 is not "found" inside port 41001.
/// </summary>
internal sealed class LogLeakScanner
{
    private readonly List<(string Name, Regex Pattern)> _secrets = [];

    public LogLeakScanner Text(string name, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _secrets.Add((name, new Regex(Regex.Escape(secret), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)));
        return this;
    }

    public LogLeakScanner Id(string name, long id)
    {
        _secrets.Add((name, new Regex($@"(?<!\d){id}(?!\d)", RegexOptions.CultureInvariant)));
        return this;
    }

    /// <summary>One line per secret found: which, in which part of which entry.</summary>
    public IReadOnlyList<string> Scan(IEnumerable<LogRecord> records) =>
        [.. from record in records
            from text in record.Texts()
            from secret in _secrets
            where secret.Pattern.IsMatch(text.Text)
            select $"{secret.Name} in the {text.Part} of [{record}]"];
}
