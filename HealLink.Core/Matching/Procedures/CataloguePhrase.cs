namespace HealLink.Core.Matching.Procedures;

/// <summary>One way of naming an entry, in any language, as <see cref="WordingNormaliser"/> leaves it.</summary>
/// <param name="Text">As written in the catalogue, for the embedder.</param>
internal sealed record CataloguePhrase(ProcedureEntry Entry, string Text, IReadOnlyList<string> Words);
