using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HealLink.Bot.Tests.Health;

/// <summary>One sample line: a metric name, its labels and its value.</summary>
internal sealed record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

/// <summary>
/// A strict reader of Prometheus's text exposition format (0.0.4): HELP and TYPE lines, then sample lines
/// <c>name{label="value",…} value [timestamp]</c>. Anything else, a family sampled before its TYPE, a TYPE declared
/// twice or a sample no TYPE covers fails with the line's number, so a scrape that Prometheus would reject fails here.
/// </summary>
internal sealed partial class PrometheusText
{
    private static readonly string[] _types = ["counter", "gauge", "histogram", "summary", "untyped"];

    private readonly Dictionary<string, string> _typeOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _helpOf = new(StringComparer.Ordinal);
    private readonly List<PrometheusSample> _samples = [];

    private PrometheusText()
    {
    }

    public IReadOnlyDictionary<string, string> Types => _typeOf;

    public IReadOnlyDictionary<string, string> Help => _helpOf;

    public IReadOnlyList<PrometheusSample> Samples => _samples;

    public static PrometheusText Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sut = new PrometheusText();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 && i == lines.Length - 1)
            {
                break;
            }

            try
            {
                sut.Read(line);
            }
            catch (FormatException problem)
            {
                throw new FormatException($"line {i + 1}: {problem.Message}: '{line}'", problem);
            }
        }

        return sut;
    }

    /// <summary>The sum of a metric's samples whose labels include all of these (0 when none yet).</summary>
    public double Sum(string name, params (string Key, string Value)[] labels) =>
        _samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).Sum(s => s.Value);

    private void Read(string line)
    {
        if (line.Length == 0)
        {
            throw new FormatException("empty line");
        }

        if (line.StartsWith("# HELP ", StringComparison.Ordinal))
        {
            var (name, help) = NameAndRest(line["# HELP ".Length..]);
            if (!_helpOf.TryAdd(name, help))
            {
                throw new FormatException($"second HELP for {name}");
            }
        }
        else if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
        {
            var (name, type) = NameAndRest(line["# TYPE ".Length..]);
            if (!_types.Contains(type))
            {
                throw new FormatException($"unknown type {type}");
            }

            if (_samples.Any(s => FamilyOf(s.Name) == name) || !_typeOf.TryAdd(name, type))
            {
                throw new FormatException($"TYPE for {name} after its samples or twice");
            }
        }
        else if (line.StartsWith('#'))
        {
            // A comment: allowed by the format, says nothing.
        }
        else
        {
            var sample = ReadSample(line);
            var family = FamilyOf(sample.Name) ?? throw new FormatException($"sample {sample.Name} before any TYPE that covers it");
            if (sample.Name == family + "_bucket" && !sample.Labels.ContainsKey("le"))
            {
                throw new FormatException("histogram bucket without le");
            }

            _samples.Add(sample);
        }
    }

    private static (string Name, string Text) NameAndRest(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var name = space < 0 ? text : text[..space];
        if (!MetricName().IsMatch(name))
        {
            throw new FormatException($"bad metric name {name}");
        }

        return (name, space < 0 ? "" : text[(space + 1)..]);
    }

    private static PrometheusSample ReadSample(string line)
    {
        var nameEnd = 0;
        while (nameEnd < line.Length && line[nameEnd] is not ('{' or ' '))
        {
            nameEnd++;
        }

        var name = line[..nameEnd];
        if (!MetricName().IsMatch(name))
        {
            throw new FormatException($"bad metric name {name}");
        }

        var position = nameEnd;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (position < line.Length && line[position] == '{')
        {
            position = ReadLabels(line, position + 1, labels);
        }

        if (position >= line.Length || line[position] != ' ')
        {
            throw new FormatException("no space before the value");
        }

        var parts = line[(position + 1)..].Split(' ');
        if (parts.Length > 2 || (parts.Length == 2 && !long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
        {
            throw new FormatException("more than a value and a timestamp");
        }

        return new PrometheusSample(name, labels, Value(parts[0]));
    }

    /// <summary>Reads <c>a="x",b="y"}</c> from <paramref name="position"/>; returns the position after the brace.</summary>
    private static int ReadLabels(string line, int position, Dictionary<string, string> labels)
    {
        while (true)
        {
            if (position < line.Length && line[position] == '}')
            {
                return position + 1;
            }

            var equals = line.IndexOf('=', position);
            if (equals < 0 || equals + 1 >= line.Length || line[equals + 1] != '"')
            {
                throw new FormatException("label without =\"");
            }

            var labelName = line[position..equals];
            if (!LabelName().IsMatch(labelName))
            {
                throw new FormatException($"bad label name {labelName}");
            }

            var value = new StringBuilder();
            position = equals + 2;
            for (; position < line.Length && line[position] != '"'; position++)
            {
                if (line[position] == '\\')
                {
                    position++;
                    value.Append(position < line.Length ? line[position] switch
                    {
                        '\\' => '\\',
                        '"' => '"',
                        'n' => '\n',
                        _ => throw new FormatException("bad escape in a label value"),
                    } : throw new FormatException("escape at the end"));
                }
                else
                {
                    value.Append(line[position]);
                }
            }

            if (position >= line.Length || !labels.TryAdd(labelName, value.ToString()))
            {
                throw new FormatException($"label {labelName} unterminated or repeated");
            }

            position++;
            if (position < line.Length && line[position] == ',')
            {
                position++;
            }
            else if (position >= line.Length || line[position] != '}')
            {
                throw new FormatException("labels not closed");
            }
        }
    }

    private static double Value(string text) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value,
        _ => throw new FormatException($"bad value {text}"),
    };

    /// <summary>The TYPE'd family a sample belongs to: its own name, or a histogram's or summary's with a suffix.</summary>
    private string? FamilyOf(string sampleName)
    {
        if (_typeOf.ContainsKey(sampleName))
        {
            return sampleName;
        }

        foreach (var suffix in (string[])["_bucket", "_sum", "_count"])
        {
            if (sampleName.EndsWith(suffix, StringComparison.Ordinal)
                && _typeOf.TryGetValue(sampleName[..^suffix.Length], out var type)
                && (type == "histogram" || (type == "summary" && suffix != "_bucket")))
            {
                return sampleName[..^suffix.Length];
            }
        }

        return null;
    }

    [GeneratedRegex("^[a-zA-Z_:][a-zA-Z0-9_:]*$")]
    private static partial Regex MetricName();

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex LabelName();
}
