using HealLink.Core.Matching.Procedures;
using HealLink.Core.People;

namespace HealLink.Core.Matching;

/// <summary>
/// Scores an eligible mentor for a mentee and says why, in words true to both profiles: every reason given is a
/// signal that added to the score.
/// </summary>
public static class MatchScorer
{
    private const int MaxInterestsCounted = 3;

    /// <param name="embedderId">The embedder whose cosine <paramref name="similarity"/> is: each has its own scale.</param>
    /// <param name="procedures">How procedures are read; the catalogue's wordings alone when not given.</param>
    /// <param name="storiesComparable">
    /// False when the embedder cannot read the mentee's story (<see cref="StoriesComparable"/>): the similarity then
    /// counts for little and is never given as a reason.
    /// </param>
    /// <param name="words">The reasons' language, the mentee's; English when not given.</param>
    public static ScoredMentor Score(
        MenteeForMatching mentee,
        MentorForMatching mentor,
        float similarity,
        MatchingOptions options,
        string embedderId,
        ProcedureReader? procedures = null,
        bool storiesComparable = true,
        MatchReasons? words = null)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(options);
        var (them, me) = (mentor.Profile, mentee.Profile);
        words ??= MatchReasons.English;
        var name = them.DisplayName ?? words.SomeMentor;
        var reasons = new List<string>();
        var score = options.SimilarityWeight * (storiesComparable ? 1 : options.NonEnglishSimilarityShare) * similarity;

        procedures ??= ProcedureReader.ByCatalogue();
        var (mine, theirs) = (Sided(procedures.Read(me.ProcedureText), me), Sided(procedures.Read(them.ProcedureText), them));
        var kinship = ProcedureKinship.Of(mine, theirs) ?? ProcedureKinship.CompareWords(me.ProcedureText, them.ProcedureText);
        score += kinship switch
        {
            Kinship.Same => options.SameProcedureBonus,
            Kinship.Related => options.RelatedProcedureBonus,
            _ => 0,
        };
        if (ProcedureReason.For(kinship, mine, theirs, name, words) is { } why)
        {
            reasons.Add(why);
        }

        if (SameHospital(me.Hospital, them.Hospital))
        {
            score += options.SameHospitalBonus;
            reasons.Add(words.KnowsHospital(name, them.Hospital!));
        }

        var interests = me.Interests.Intersect(them.Interests, StringComparer.OrdinalIgnoreCase).Take(MaxInterestsCounted).ToList();
        if (interests.Count > 0)
        {
            score += options.SharedInterestBonus * interests.Count;
            reasons.Add(words.BothMentioned(interests));
        }

        var helpful = StageTopics.For(me.Stage).Where(them.HelpTopics.Contains).ToList();
        if (helpful.Count > 0)
        {
            score += options.HelpfulTopicBonus;
            reasons.Add(words.CanHelpWith(name, helpful));
        }

        if (storiesComparable && similarity >= options.SimilarStoriesThresholdFor(embedderId))
        {
            reasons.Add(words.StoriesInCommon);
        }

        switch (AgeGap(me.AgeRange, them.AgeRange))
        {
            case 0:
                score += options.AgeNearnessBonus;
                reasons.Add(words.CloseInAge);
                break;
            case 1:
                score += options.AgeNearnessBonus / 2;
                break;
        }

        var free = them.Capacity <= 0 ? 0 : Math.Clamp((them.Capacity - mentor.ActiveMentees) / (double)them.Capacity, 0, 1);
        score += options.FreeCapacityBonus * free;
        return new ScoredMentor(mentor, similarity, score, reasons) { Kinship = kinship };
    }

    /// <summary>Whether <paramref name="embedderId"/>'s similarity means something for this mentee's story.</summary>
    public static bool StoriesComparable(Profile mentee, MatchingOptions options, string embedderId)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(options);
        return !options.EnglishOnlyEmbedders.Contains(embedderId) || IntroLanguage.IsEnglish(mentee.Intro);
    }

    internal static bool SameHospital(string? mine, string? theirs) =>
        mine is not null && theirs is not null
        && ProcedureKinship.KeyWords(mine) is { Count: > 0 } a && a.SetEquals(ProcedureKinship.KeyWords(theirs));

    /// <summary>How many age ranges apart; null when either skipped the question.</summary>
    /// <summary>
    /// The procedure as read from their words, on the side of it they lived: a caregiver's profile says so even when
    /// their words ("kidney transplant") do not.
    /// </summary>
    private static RecognisedProcedure? Sided(RecognisedProcedure? read, Profile profile) =>
        read is null ? null : read with { AsCarer = read.AsCarer || profile.RoleKind == RoleKind.Caregiver };

    private static int? AgeGap(People.AgeRange? mine, People.AgeRange? theirs) =>
        mine is { } a && theirs is { } b ? Math.Abs((int)a - (int)b) : null;


}
