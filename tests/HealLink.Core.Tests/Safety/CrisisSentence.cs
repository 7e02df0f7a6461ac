using System.Globalization;

namespace HealLink.Core.Tests.Safety;

/// <summary>
/// One labelled sentence of the crisis set (Data/crisis-sentences.tsv; its README says how it is labelled). The batch
/// says when it was written (1, 2, 3, ...), so each batch's held-out part can be measured on its own: a batch written
/// after the lists and statements it is measured against is the honest test of them.
/// </summary>
internal sealed record CrisisSentence(string Split, int Batch, string Language, bool IsCrisis, string Category, string Text)
{
    public const string Dev = "dev";
    public const string Test = "test";

    public static IReadOnlyList<CrisisSentence> ReadAll()
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "HealLink.Core.Tests", "Safety", "Data", "crisis-sentences.tsv");
        return [.. File.ReadLines(path).Skip(1).Where(line => line.Length > 0).Select(Parse)];
    }

    // Columns: split, batch, language, label, category, text. The text is last so it may hold anything but a tab.
    private static CrisisSentence Parse(string line)
    {
        var columns = line.Split('\t');
        if (columns.Length != 6 || columns[3] is not ("crisis" or "not") || columns[0] is not (Dev or Test)
            || !int.TryParse(columns[1], NumberStyles.None, CultureInfo.InvariantCulture, out var batch))
        {
            throw new FormatException($"Not a crisis-set row: '{line}'");
        }

        return new CrisisSentence(columns[0], batch, columns[2], columns[3] == "crisis", columns[4], columns[5]);
    }
}
