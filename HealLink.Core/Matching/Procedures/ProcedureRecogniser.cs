namespace HealLink.Core.Matching.Procedures;

/// <summary>
/// Maps a person's own words for their procedure to a catalogue entry by its wordings alone: pure, and the first
/// step of <see cref="ProcedureReader"/>.
/// </summary>
public static class ProcedureRecogniser
{
    /// <returns>Null when no wording of the catalogue occurs in the text.</returns>
    public static RecognisedProcedure? Recognise(string? text)
    {
        var words = Misspellings.Correct(WordingNormaliser.Words(text), CataloguePhrases.Vocabulary);
        if (words.Count == 0)
        {
            return null;
        }

        PhraseMatch? best = null;
        foreach (var phrase in CataloguePhrases.All)
        {
            if (PhraseMatch.Find(phrase, words) is { } match && (best is null || match.IsBetterThan(best)))
            {
                best = match;
            }
        }

        return best is null ? null : new RecognisedProcedure(best.Phrase.Entry, CarerWording.IsAboutSomeoneElse(text));
    }
}
