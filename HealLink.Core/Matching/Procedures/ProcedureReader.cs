namespace HealLink.Core.Matching.Procedures;

/// <summary>
/// Reads procedures for one ranking: the catalogue's wordings first, then any wording the embedder placed near a
/// catalogue phrase beforehand (see <see cref="NearestCataloguePhrase"/>). Without a model, the wordings alone.
/// </summary>
public sealed class ProcedureReader(IReadOnlyDictionary<string, ProcedureEntry> placedByEmbedding)
{
    public static ProcedureReader CatalogueOnly { get; } = new(new Dictionary<string, ProcedureEntry>());

    /// <returns>Null when the wording is unrecognised: then only the words are compared.</returns>
    public RecognisedProcedure? Read(string? text) =>
        ProcedureRecogniser.Recognise(text)
        ?? (text is not null && placedByEmbedding.TryGetValue(text, out var entry)
            ? new RecognisedProcedure(entry, CarerWording.IsAboutSomeoneElse(text))
            : null);
}
