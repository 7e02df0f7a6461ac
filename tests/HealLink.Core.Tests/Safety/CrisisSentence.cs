namespace HealLink.Core.Tests.Safety;

/// <summary>One labelled sentence of the crisis set (Data/crisis-sentences.tsv; its README says how it is labelled).</summary>
internal sealed record CrisisSentence(string Split, string Language, bool IsCrisis, string Category, string Text)
{
    public const string Dev = "dev";
    public const string Test = "test";

    public static IReadOnlyList<CrisisSentence> ReadAll()
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "HealLink.Core.Tests", "Safety", "Data", "crisis-sentences.tsv");
        return [.. File.ReadLines(path).Skip(1).Where(line => line.Length > 0).Select(Parse)];
    }

    // Columns: split, language, label, category, text. The text is last so it may hold anything but a tab.
    private static CrisisSentence Parse(string line)
    {
        var columns = line.Split('\t');
        if (columns.Length != 5 || columns[2] is not ("crisis" or "not") || columns[0] is not (Dev or Test))
        {
            throw new FormatException($"Not a crisis-set row: '{line}'");
        }

        return new CrisisSentence(columns[0], columns[1], columns[2] == "crisis", columns[3], columns[4]);
    }
}
