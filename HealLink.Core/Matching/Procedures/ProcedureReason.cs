namespace HealLink.Core.Matching.Procedures;

/// <summary>
/// The "why" about procedures, in the catalogue's words: a mentor's own wording is first person ("a kidney from my
/// brother") and stays on their card, never inside a sentence about them.
/// </summary>
public static class ProcedureReason
{
    /// <param name="mine">The mentee's procedure as read; null when unrecognised.</param>
    /// <param name="theirs">The mentor's; null when unrecognised.</param>
    /// <returns>Null when the procedures are different: nothing to say.</returns>
    public static string? For(Kinship kinship, RecognisedProcedure? mine, RecognisedProcedure? theirs, string mentorName, MatchReasons? words = null)
    {
        if (kinship == Kinship.Different)
        {
            return null;
        }

        words ??= MatchReasons.English;
        if (theirs is null)
        {
            return kinship == Kinship.Same ? words.SameProcedureNamed : words.RelatedProcedureNamed(mentorName);
        }

        var names = theirs.Entry.In(words.CatalogueLanguage);
        var what = theirs.AsCarer ? words.Supported(mentorName, names.Name) : MatchReasons.Went(mentorName, names.Predicate);
        if (kinship == Kinship.Related)
        {
            return words.Related(what);
        }

        // Said of both, it reads the same to the mentor, who sees the reasons that do not name them. A carer mentor is
        // never said to share a patient's procedure: they lived its other side.
        return (mine?.AsCarer, theirs.AsCarer) switch
        {
            (true, true) => words.BothSupported(names.Name),
            (false, false) => words.InCommon(names.Name),
            (_, true) => MatchReasons.TheySupported(what),
            _ => words.SameProcedure(what),
        };
    }
}
