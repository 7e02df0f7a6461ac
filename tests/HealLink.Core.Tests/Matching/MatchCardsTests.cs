using HealLink.Core.Languages;
using HealLink.Core.Conversations;
using HealLink.Core.Matching;
using HealLink.Core.Matching.Flow;
using HealLink.Core.People;
using HealLink.Core.Tests.Conversations;

namespace HealLink.Core.Tests.Matching;

/// <summary>How a mentor card and the /browse menu read: the labels are the onboarding questions' own.</summary>
public sealed class MatchCardsTests
{
    [Theory]
    [InlineData(Stage.LessThanAYearAgo, "less than a year ago")]
    [InlineData(Stage.OneToThreeYearsAgo, "1–3 years ago")]
    [InlineData(Stage.MoreThanThreeYearsAgo, "more than 3 years ago")]
    public void Card_MentorsStage_ReadsAsTheirAnswerMidSentence(Stage stage, string since)
    {
        var match = new ScoredMentor(Profiles.Mentor(2, p => p.Stage = stage), 0.5f, 0.5, ["You have a kidney transplant in common."]);

        var card = MatchCards.Card(CopyTable.English, match);

        Assert.StartsWith($"Sam · Liver transplant · {since} · speaks English, Spanish\n", card.Text, StringComparison.Ordinal);
        Assert.EndsWith("\nWhy: You have a kidney transplant in common.", card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void StageSince_AMenteesStage_IsNothing()
    {
        Assert.Equal("", MatchingCopy.English.StageSince(Stage.Preparing));
        Assert.Equal("", MatchingCopy.English.StageSince(null));
    }

    [Fact]
    public void BrowseMenu_GenderAndAgePressed_ShowTheirNextValuesInTheQuestionsWords()
    {
        var chat = new Chat(new ConversationHandler(TimeProvider.System));
        chat.Run(Scripts.MenteeByButtons);

        chat.Send("/browse");
        chat.Press("Gender: any");
        chat.Press("Gender: woman");
        chat.Press("Age: any");

        Assert.Contains("Gender: man", chat.LastLabels);
        Assert.Contains("Age: 18–29", chat.LastLabels);
        Assert.Contains("Language: any of mine", chat.LastLabels);
    }

    [Fact]
    public void BrowseMenu_MenteeWhoAskedForAWoman_IsNotOfferedOtherGendersAndIsToldWhy()
    {
        var chat = new Chat(new ConversationHandler(TimeProvider.System));
        chat.Run([.. Scripts.MenteeByButtons.Select(step => step is ChatStep.Press { Label: "No preference" } ? new ChatStep.Press("Woman") : step)]);

        var menu = chat.Send("/browse")[^1];

        Assert.Equal(Gender.Woman, chat.Profile.GenderPreference);
        Assert.DoesNotContain(chat.LastLabels, label => label.StartsWith("Gender:", StringComparison.Ordinal));
        Assert.Contains("a mentor who is a woman", menu.Text, StringComparison.Ordinal);
        Assert.Contains("Show mentors", chat.LastLabels);
    }
}
