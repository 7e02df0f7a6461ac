using System.Globalization;
using HealLink.Core.Icebreakers;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Connections.Opening;

/// <summary>
/// A warm, specific opening from both profiles without a model: what the two share, then a question suited to where
/// the mentee is, in the mentee's language (English or Spanish; other languages read English). The wording is chosen
/// from the pair's ids, so different pairs read different words while one pair always reads the same. Every model's
/// fallback, so it never fails and never waits.
/// </summary>
public sealed class TemplateIcebreaker : IIcebreakerGenerator
{
    public bool MayTakeAWhile => false;

    public ValueTask<string> WriteAsync(Profile reader, Profile other, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Write(reader, other));

    public static string Write(Profile reader, Profile other)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(other);
        var facts = PairFacts.Of(reader, other);
        var wording = TemplateWording.For(facts.Language);
        var readerIsMentor = reader.Role == Role.Mentor;
        var mentee = readerIsMentor ? other : reader;
        var mentor = readerIsMentor ? reader : other;
        var seed = Seed(mentee.PersonId, mentor.PersonId);

        var interest = facts.SharedInterests.Count > 0 ? facts.SharedInterests[0] : null;
        var openings = (readerIsMentor, interest is null) switch
        {
            (true, true) => wording.AboutMentee,
            (true, false) => wording.AboutMenteeWithInterest,
            (false, true) => wording.AboutMentor,
            (false, false) => wording.AboutMentorWithInterest,
        };
        var stage = mentee.Stage is Stage.Preparing or Stage.InHospital or Stage.RecoveringFirstMonths ? mentee.Stage.Value : TemplateWording.Later;
        var questions = (readerIsMentor ? wording.MentorAsks : wording.MenteeAsks)[stage];

        var opening = string.Format(
            CultureInfo.InvariantCulture,
            Pick(openings, seed),
            facts.Other.FirstName ?? wording.Someone,
            MidSentence(facts.Other.Procedure ?? facts.Reader.Procedure ?? wording.AProcedure),
            interest is null ? "" : wording.Interests.GetValueOrDefault(interest, MidSentence(interest)));
        return FreeText.UpperFirst(opening) + " " + Pick(questions, seed / 7);
    }

    /// <summary>"Kidney transplant" → "kidney transplant", but "ACL repair" stays as written.</summary>
    private static string MidSentence(string text) =>
        text.Length > 1 && char.IsUpper(text[1]) ? text : FreeText.LowerFirst(text);

    // Not string.GetHashCode: it changes from one process to the next, and a pair should keep its words.
    private static ulong Seed(long menteeId, long mentorId) =>
        unchecked(((ulong)menteeId * 0x9E3779B97F4A7C15UL) ^ ((ulong)mentorId * 0xC2B2AE3D27D4EB4FUL)) >> 7;

    private static string Pick(IReadOnlyList<string> choices, ulong seed) => choices[(int)(seed % (ulong)choices.Count)];
}
