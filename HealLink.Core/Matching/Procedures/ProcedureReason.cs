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
    public static string? For(Kinship kinship, RecognisedProcedure? mine, RecognisedProcedure? theirs, string mentorName)
    {
        if (kinship == Kinship.Different)
        {
            return null;
        }

        if (theirs is null)
        {
            return kinship == Kinship.Same ? "You both named the same procedure." : $"{mentorName}'s procedure is related to yours.";
        }

        var names = theirs.Entry.In(ProcedureCatalogue.English);
        var what = theirs.AsCarer ? $"{mentorName} supported someone through {names.Name}" : $"{mentorName} {names.Predicate}";
        if (kinship == Kinship.Related)
        {
            return $"A related procedure: {what}.";
        }

        // Said of both, it reads the same to the mentor, who sees the reasons that do not name them. A carer mentor is
        // never said to share a patient's procedure: they lived its other side.
        return (mine?.AsCarer, theirs.AsCarer) switch
        {
            (true, true) => $"You both supported someone through {names.Name}.",
            (false, false) => $"You have {names.Name} in common.",
            (_, true) => $"{what}.",
            _ => $"Same procedure: {what}.",
        };
    }
}
