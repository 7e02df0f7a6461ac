using System.Collections.Concurrent;

namespace HealLink.Core.Matching.Procedures;

/// <summary>
/// Reads procedures for one ranking: the catalogue's wordings first, then any wording the embedder placed near a
/// catalogue phrase beforehand (see <see cref="NearestCataloguePhrase"/>). Without a model, the wordings alone.
/// Each wording is read once per reader: a ranking reads the mentee's against every mentor's.
/// </summary>
public sealed class ProcedureReader(IReadOnlyDictionary<string, ProcedureEntry> placedByEmbedding)
{
    private readonly ConcurrentDictionary<string, RecognisedProcedure?> _read = new(StringComparer.Ordinal);

    /// <summary>A reader of the catalogue's wordings alone, for a ranking without a model.</summary>
    public static ProcedureReader ByCatalogue() => new(new Dictionary<string, ProcedureEntry>());

    /// <returns>Null when the wording is unrecognised: then only the words are compared.</returns>
    public RecognisedProcedure? Read(string? text) => text is null ? null : _read.GetOrAdd(text, Recognise);

    private RecognisedProcedure? Recognise(string text) =>
        ProcedureRecogniser.Recognise(text)
        ?? (placedByEmbedding.TryGetValue(text, out var entry) ? new RecognisedProcedure(entry, CarerWording.IsAboutSomeoneElse(text)) : null);
}
