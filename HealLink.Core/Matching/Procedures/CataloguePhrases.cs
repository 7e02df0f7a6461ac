using System.Collections.Frozen;

namespace HealLink.Core.Matching.Procedures;

/// <summary>Every name and wording of the catalogue, normalised once, and the words they are made of.</summary>
internal static class CataloguePhrases
{
    public static IReadOnlyList<CataloguePhrase> All { get; } =
    [
        .. ProcedureCatalogue.Entries
            .SelectMany(entry => entry.Names.SelectMany(names => (IEnumerable<string>)[names.Name, .. names.Wordings, .. names.Misspellings ?? []])
            .Select(text => new CataloguePhrase(entry, text, WordingNormaliser.Words(text))))
            .Where(phrase => phrase.Words.Count > 0)
            .DistinctBy(phrase => (phrase.Entry.Id, string.Join(' ', phrase.Words))),
    ];

    /// <summary>The words a misspelling is corrected towards: those of names and wordings, not of misspellings.</summary>
    public static FrozenSet<string> Vocabulary { get; } = ProcedureCatalogue.Entries
        .SelectMany(entry => entry.Names.SelectMany(names => (IEnumerable<string>)[names.Name, .. names.Wordings]))
        .SelectMany(WordingNormaliser.Words)
        .ToFrozenSet(StringComparer.Ordinal);
}
