using HealLink.Core.Conversations;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Conversations;

/// <summary>/edit and "Edit something": one answer asked again, checked as before, then the summary.</summary>
public sealed class EditCommandTests
{
    private const string ProcedurePrompt = "What procedure are you facing";

    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.Zero));
    private readonly ConversationHandler _sut;

    public EditCommandTests() => _sut = new ConversationHandler(_clock);

    [Fact]
    public void Handle_EditAFinishedProfile_ChangesOneAnswerRevalidated()
    {
        var chat = Finished();
        _clock.Now = _clock.Now.AddDays(1);

        chat.Send("/edit");
        Assert.Equal(ConversationMode.Editing, chat.State.Mode);
        chat.Press("Name");
        var rejected = chat.Send("mia@example.com");
        var saved = chat.Send("Mia");

        Assert.StartsWith("Just a first name", rejected[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Saved. Here's your profile now:", Assert.Single(saved).Text, StringComparison.Ordinal);
        Assert.Contains("Name: Mia", saved[0].Text, StringComparison.Ordinal);
        Assert.Equal("Mia", chat.Profile.DisplayName);
        Assert.Equal(_clock.Now, chat.Profile.UpdatedAt);
        Assert.Equal(ConversationMode.Idle, chat.State.Mode);
        Assert.Null(chat.State.StepKey);
        Assert.Equal(Scripts.MenteeIntro, chat.Profile.Intro);
    }

    [Fact]
    public void Handle_EditAChoice_ShowsTheCurrentAnswerAndSavesTheNewOne()
    {
        var chat = Finished();
        chat.Send("/edit");

        var question = Assert.Single(chat.Press("Age"));
        chat.Send("4");

        Assert.Contains("(Right now: 30–44)", question.Text, StringComparison.Ordinal);
        Assert.Equal(AgeRange.From60To74, chat.Profile.AgeRange);
    }

    [Fact]
    public void Handle_EditThenCancel_ChangesNothing()
    {
        var chat = Finished();
        chat.Send("/edit");
        chat.Press("Languages");
        chat.Press("French");

        var replies = chat.Send("/cancel");

        Assert.Equal(ConversationCopy.English.NothingChanged, Assert.Single(replies).Text);
        Assert.Equal(["English", "Spanish"], chat.Profile.Languages);
        Assert.Equal(ConversationMode.Idle, chat.State.Mode);
        Assert.Empty(chat.State.PendingSelection);
    }

    [Fact]
    public void Handle_BackFromAnEditedQuestion_ReturnsToTheEditMenu()
    {
        var chat = Finished();
        chat.Send("/edit");
        chat.Press("Procedure");

        chat.Press("Back");

        Assert.Equal(StepKeys.EditMenu, chat.State.StepKey);
        Assert.Equal(ConversationMode.Editing, chat.State.Mode);
    }

    [Fact]
    public void Handle_EditSomethingFromTheSummary_ChangesItAndShowsTheSummaryAgain()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MenteeToIntro);
        chat.Send(Scripts.MenteeIntro);

        chat.Press("Edit something");
        chat.Press("Hospital or clinic");
        var replies = chat.Send("Royal Free Hospital");

        Assert.Equal(StepKeys.Summary, chat.State.StepKey);
        Assert.Equal(ConversationMode.Onboarding, chat.State.Mode);
        Assert.Contains("Hospital or clinic: Royal Free Hospital", replies[^1].Text, StringComparison.Ordinal);
        Assert.Null(chat.Profile.CompletedAt);
    }

    [Fact]
    public void Handle_EditBeforeTheSummary_ExplainsAndAsksTheOpenQuestion()
    {
        var chat = AtProcedure();

        var replies = chat.Send("/edit");

        Assert.Equal(ConversationCopy.English.EditAfterFinishing, replies[0].Text);
        Assert.StartsWith(ProcedurePrompt, replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(ConversationMode.Onboarding, chat.State.Mode);
    }

    [Fact]
    public void Handle_CancelWhileChangingAnUnfinishedProfile_PausesAtTheSummaryWithNothingChanged()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MenteeToIntro);
        chat.Send(Scripts.MenteeIntro);
        chat.Press("Edit something");
        chat.Press("Name");

        chat.Send("/cancel");
        var resumed = chat.Send("/start");

        Assert.Equal("Maria", chat.Profile.DisplayName);
        Assert.Equal(StepKeys.Summary, chat.State.StepKey);
        Assert.StartsWith("Here's what you've told us:", resumed[1].Text, StringComparison.Ordinal);
        Assert.Equal(ConversationMode.Onboarding, chat.State.Mode);
    }

    [Fact]
    public void Handle_BackFromTheEditMenu_LeavesEditingWithNothingChanged()
    {
        var chat = Finished();
        chat.Send("/edit");

        var replies = chat.Press("Back");

        Assert.Equal(ConversationCopy.English.NothingChanged, Assert.Single(replies).Text);
        Assert.Equal(ConversationMode.Idle, chat.State.Mode);
    }

    [Fact]
    public void Handle_KeepAsIsWhileEditing_SaysNothingChanged()
    {
        var chat = Finished();
        chat.Send("/edit");
        chat.Press("Your story");

        var replies = chat.Press("Keep as is");

        Assert.Equal(ConversationCopy.English.NothingChanged, Assert.Single(replies).Text);
        Assert.Equal(Scripts.MenteeIntro, chat.Profile.Intro);
    }

    private Chat AtProcedure()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);
        chat.Send("Maria");
        return chat;
    }

    private Chat Finished()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MenteeByButtons);
        return chat;
    }
}
