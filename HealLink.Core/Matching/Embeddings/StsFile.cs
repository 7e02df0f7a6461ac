using System.Globalization;

namespace HealLink.Core.Matching.Embeddings;

/// <summary>
/// Reads the STS Benchmark's csv files: UTF-8, one pair a line, tab-separated genre, file, year, id, score,
/// sentence 1, sentence 2, and on some lines license fields after them. Split on tabs only: the sentences hold
/// unbalanced quotes that a CSV parser would run across lines.
/// </summary>
public static class StsFile
{
    private const int ScoreField = 4;
    private const int Sentence1Field = 5;
    private const int Sentence2Field = 6;

    public static async Task<IReadOnlyList<StsPair>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path);
        return await ReadAsync(reader, cancellationToken);
    }

    public static async Task<IReadOnlyList<StsPair>> ReadAsync(TextReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var pairs = new List<StsPair>();
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                pairs.Add(Parse(line, lineNumber));
            }
        }

        return pairs;
    }

    private static StsPair Parse(string line, int lineNumber)
    {
        var fields = line.Split('\t');
        if (fields.Length <= Sentence2Field)
        {
            throw new FormatException($"STS line {lineNumber} has {fields.Length} tab-separated fields; at least 7 are needed.");
        }

        if (!double.TryParse(fields[ScoreField], NumberStyles.Float, CultureInfo.InvariantCulture, out var score)
            || score is < 0 or > 5)
        {
            throw new FormatException($"STS line {lineNumber} has no score from 0 to 5 in field 5.");
        }

        return new StsPair(score, fields[Sentence1Field], fields[Sentence2Field]);
    }
}
