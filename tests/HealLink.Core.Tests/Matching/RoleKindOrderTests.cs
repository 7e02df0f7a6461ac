using HealLink.Core.Matching;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Matching;

/// <summary>Caregivers meet caregiver mentors of the same procedure family first; patients meet patients.</summary>
public sealed class RoleKindOrderTests
{
    private static readonly MenteeForMatching _caregiver = Profiles.Mentee(p => p.RoleKind = RoleKind.Caregiver);

    [Fact]
    public void Rank_CaregiverWithCaregiverMentorsOfTheFamily_ShowsThemFirstAndNoPatients()
    {
        (MentorForMatching, float)[] candidates =
        [
            (Profiles.Mentor(2, p => p.ProcedureText = "kidney transplant"), 0.95f),
            (Profiles.Mentor(3, Profiles.Caregiver("liver transplant")), 0.10f),
            (Profiles.Mentor(4, Profiles.Caregiver("kidney transplant")), 0.20f),
            (Profiles.Mentor(5, p => p.ProcedureText = "hip replacement"), 0.99f),
        ];

        var sut = Rank(_caregiver, candidates);

        Assert.Equal([4, 3], sut.Select(s => s.Mentor.PersonId));
    }

    [Fact]
    public void Rank_CaregiverWithCaregiverMentorsOfTheFamily_OtherCaregiverMentorsComeAfterThem()
    {
        (MentorForMatching, float)[] candidates =
        [
            (Profiles.Mentor(2, Profiles.Caregiver("hip replacement")), 0.99f),
            (Profiles.Mentor(3, Profiles.Caregiver("kidney transplant")), 0.05f),
        ];

        var sut = Rank(_caregiver, candidates);

        Assert.Equal([3, 2], sut.Select(s => s.Mentor.PersonId));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(1)]
    public void Rank_CaregiverWhileOneCaregiverMentorOfTheFamilyFits_NeverShowsAPatient(int count)
    {
        var patients = Enumerable.Range(10, 8).Select(id => (Profiles.Mentor(id, p => p.ProcedureText = "kidney transplant"), 0.99f));
        (MentorForMatching, float)[] candidates = [.. patients, (Profiles.Mentor(2, Profiles.Caregiver("kidney donation")), 0f)];

        var sut = Rank(_caregiver, candidates, count);

        Assert.Equal(2, Assert.Single(sut).Mentor.PersonId);
    }

    [Fact]
    public void Rank_CaregiverWhoseFamilysCaregiverMentorsCannotBeOffered_IsShownPatients()
    {
        (MentorForMatching, float)[] candidates =
        [
            (Profiles.Mentor(2, Profiles.Caregiver("kidney transplant"), activeMentees: 3), 0.90f),
            (Profiles.Mentor(3, p => { Profiles.Caregiver("kidney transplant")(p); p.Languages = ["German"]; }), 0.90f),
            (Profiles.Mentor(4, p => p.ProcedureText = "kidney transplant"), 0.40f),
            (Profiles.Mentor(5, Profiles.Caregiver("hip replacement")), 0.30f),
        ];

        var sut = Rank(_caregiver, candidates);

        Assert.Equal([4, 5], sut.Select(s => s.Mentor.PersonId));
    }

    [Fact]
    public void Rank_CaregiverWithoutCaregiverMentorsOfTheFamily_ShowsMentorsOfTheFamilyFirst()
    {
        (MentorForMatching, float)[] candidates =
        [
            (Profiles.Mentor(2, Profiles.Caregiver("mastectomy")), 0.99f),
            (Profiles.Mentor(3, p => p.ProcedureText = "kidney donation"), 0.05f),
        ];

        var sut = Rank(_caregiver, candidates);

        Assert.Equal([3, 2], sut.Select(s => s.Mentor.PersonId));
    }

    [Fact]
    public void Rank_PatientWithSameProcedurePatients_ShowsCaregiverMentorsOnlyAfterThem()
    {
        (MentorForMatching, float)[] candidates =
        [
            (Profiles.Mentor(2, Profiles.Caregiver("kidney transplant")), 0.99f),
            (Profiles.Mentor(3, p => p.ProcedureText = "kidney transplant"), 0.10f),
            (Profiles.Mentor(4, p => p.ProcedureText = "hip replacement"), 0.05f),
        ];

        var sut = Rank(Profiles.Mentee(), candidates);

        Assert.Equal([3, 2, 4], sut.Select(s => s.Mentor.PersonId));
    }

    [Fact]
    public void Rank_PatientWithoutPatientsOfTheFamily_KeepsTheScoresOrder()
    {
        (MentorForMatching, float)[] candidates =
        [
            (Profiles.Mentor(2, p => p.ProcedureText = "hip replacement"), 0.10f),
            (Profiles.Mentor(3, Profiles.Caregiver("kidney transplant")), 0.50f),
        ];

        var sut = Rank(Profiles.Mentee(), candidates);

        Assert.Equal([3, 2], sut.Select(s => s.Mentor.PersonId));
    }

    [Fact]
    public void IsKindred_SameSideRelatedProcedure_IsKindred()
    {
        var mentor = Profiles.Mentor(2, Profiles.Caregiver("kidney donation"));

        Assert.True(RoleKindOrder.IsKindred(_caregiver.Profile, Scored(_caregiver, mentor)));
        Assert.False(RoleKindOrder.IsKindred(Profiles.Mentee().Profile, Scored(Profiles.Mentee(), mentor)));
        Assert.False(RoleKindOrder.IsKindred(_caregiver.Profile, Scored(_caregiver, Profiles.Mentor(3, Profiles.Caregiver("hip replacement")))));
    }

    private static ScoredMentor Scored(MenteeForMatching mentee, MentorForMatching mentor) =>
        MatchScorer.Score(mentee, mentor, 0.5f, new MatchingOptions(), HashedNGramEmbedder.EmbedderId);

    private static IReadOnlyList<ScoredMentor> Rank(MenteeForMatching mentee, IEnumerable<(MentorForMatching, float)> candidates, int count = 10) =>
        MatchRanker.Rank(mentee, candidates, new MatchingOptions(), count, HashedNGramEmbedder.EmbedderId);
}
