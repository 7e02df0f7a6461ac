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
        var what = theirs.AsCarer ? $"{mentorName} cared for someone who {names.Predicate}" : $"{mentorName} {names.Predicate}";

        // Said of both, it reads the same to the mentor, who sees the reasons that do not name them.
        return kinship == Kinship.Related ? $"A related procedure: {what}."
            : mine?.AsCarer == theirs.AsCarer ? (theirs.AsCarer ? $"You both supported someone through {names.Name}." : $"You have {names.Name} in common.")
            : $"Same procedure: {what}.";
    }
}
