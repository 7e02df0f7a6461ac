namespace HealLink.Core.Matching.Procedures;

/// <summary>
/// How one language names a catalogue procedure: a third language is one more of these per entry.
/// </summary>
/// <param name="Language">ISO 639-1 code: "en", "es".</param>
/// <param name="Name">As it reads mid-sentence, with its article ("a kidney transplant", "un trasplante de riñón"):
/// articles differ by gender in Spanish, so they cannot be added by rule.</param>
/// <param name="Predicate">What someone who went through it did, to follow a name ("had a kidney transplant",
/// "donated a kidney"): a donor did not "have" a donation.</param>
/// <param name="Wordings">What people type for it: lay words, abbreviations and common misspellings. The name's own
/// words count as a wording too.</param>
/// <param name="Misspellings">Common misspellings, matched as written like wordings, but never a word that other
/// misspellings are corrected towards (see <c>Procedures.Misspellings</c>): "transplnat" is "transplant", not "transplnt".</param>
public sealed record ProcedureNames(
    string Language, string Name, string Predicate, IReadOnlyList<string> Wordings, IReadOnlyList<string>? Misspellings = null);
