using HealLink.Core.Languages;
using HealLink.Core.Connections;
using HealLink.Core.Matching;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Flow;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Matching;

/// <summary>Cards, reasons and the words above them say truly which side of a procedure each person lived.</summary>
public sealed class CaregiverCopyTests
{
    private static readonly MenteeForMatching _caregiver = Profiles.Mentee(p => p.RoleKind = RoleKind.Caregiver);

    [Fact]
    public void Score_CaregiverMentorWithTheSameProcedureForACaregiver_SaysTheyBothSupportedSomeoneThroughIt()
    {
        var sut = Score(_caregiver, Profiles.Mentor(2, Profiles.Caregiver("Kidney transplant")));

        Assert.Equal("You both supported someone through a kidney transplant.", sut.Reasons[0]);
    }

    [Fact]
    public void Score_CaregiverMentorWithARelatedProcedureForACaregiver_SaysSoWithTheirProcedure()
    {
        var sut = Score(_caregiver, Profiles.Mentor(2, Profiles.Caregiver("Kidney donation")));

        Assert.Equal("A related procedure: Sam supported someone through a living kidney donation.", sut.Reasons[0]);
    }

    [Fact]
    public void Score_CaregiverMentorWithTheSameProcedureForAPatient_SaysTheySupportedSomeoneNotTheyHadIt()
    {
        var sut = Score(Profiles.Mentee(), Profiles.Mentor(2, Profiles.Caregiver("Kidney transplant")));

        Assert.Equal("Sam supported someone through a kidney transplant.", sut.Reasons[0]);
        Assert.DoesNotContain(sut.Reasons, r => r.Contains("also", StringComparison.Ordinal) || r.StartsWith("Same procedure", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_PatientMentorForACaregiver_NamesTheSameProcedure()
    {
        var sut = Score(_caregiver, Profiles.Mentor(2, p => (p.ProcedureText, p.ProcedureDisplay) = ("kidney transplant", "Kidney transplant")));

        Assert.Equal("Same procedure: Sam had a kidney transplant.", sut.Reasons[0]);
    }

    [Fact]
    public void Card_CaregiverMentor_SaysWhomTheySupportedThroughWhat()
    {
        var match = new ScoredMentor(Profiles.Mentor(2, Profiles.Caregiver("Heart transplant")), 0.5f, 0.5, []);

        var card = MatchCards.Card(CopyTable.English, match);

        Assert.StartsWith("Sam · supported someone through a heart transplant · more than 3 years ago · speaks English, Spanish", card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_CaregiverMenteeAsTheMentorSeesThem_SaysWhomTheySupportThroughWhat()
    {
        var carer = Profiles.Mentee(p => { Profiles.Caregiver("Kidney transplant")(p); p.DisplayName = "Carol"; }).Profile;

        var line = PersonFacts.Line(CopyTable.English, carer);

        Assert.StartsWith("Carol · supporting someone through a kidney transplant · preparing for it", line, StringComparison.Ordinal);
    }

    [Fact]
    public void IntroFor_Patient_SaysTheyHaveBeenWhereYouAre()
    {
        Assert.Equal(MatchingCopy.English.Intro, MatchingCopy.English.IntroFor(Profiles.Mentee().Profile, [Scored(Profiles.Mentor(2))]));
    }

    [Fact]
    public void IntroFor_CaregiverShownCaregiverMentors_SaysTheySupportedSomeone()
    {
        var sut = MatchingCopy.English.IntroFor(_caregiver.Profile, [Scored(Profiles.Mentor(2, Profiles.Caregiver("Kidney transplant")))]);

        Assert.Equal(MatchingCopy.English.CaregiverIntro, sut);
        Assert.DoesNotContain("been where you are", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void IntroFor_CaregiverShownPatientMentors_SaysHonestlyTheyWentThroughItThemselves()
    {
        var sut = MatchingCopy.English.IntroFor(_caregiver.Profile, [Scored(Profiles.Mentor(2, Profiles.Caregiver("Hip replacement"))), Scored(Profiles.Mentor(3))]);

        Assert.Equal(MatchingCopy.English.CaregiverFallbackIntro, sut);
        Assert.Contains("went through it themselves", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("been where you are", sut, StringComparison.Ordinal);
    }

    private static ScoredMentor Scored(MentorForMatching mentor) => new(mentor, 0.5f, 0.5, []);

    private static ScoredMentor Score(MenteeForMatching mentee, MentorForMatching mentor) =>
        MatchScorer.Score(mentee, mentor, 0.1f, new MatchingOptions(), HashedNGramEmbedder.EmbedderId);
}
