using HealLink.Core.Conversations;
using HealLink.Core.Onboarding;

namespace HealLink.Core.Tests.Conversations;

/// <summary>/delete in the conversation: asked before anything is erased, and only the question as just asked erases.</summary>
public sealed class DeleteCommandTests
{
    private readonly ConversationHandler _sut = new(new FixedTimeProvider(DateTimeOffset.UnixEpoch));

    [Fact]
    public void Handle_Delete_AsksFirstAndErasesNothingYet()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MenteeByButtons);

        var replies = chat.Send("/delete");

        Assert.Equal(ConversationCopy.English.EraseQuestion, replies[0].Text);
        Assert.Equal([ConversationCopy.English.EraseYes, ConversationCopy.English.EraseNo], chat.LastLabels);
        Assert.Empty(chat.LastIntents);
    }

    [Fact]
    public void Handle_YesPressed_SaysGoodbyeAndAsksThePipelineToErase()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);
        chat.Send("/delete");

        var replies = chat.Press(ConversationCopy.English.EraseYes);

        Assert.Equal(ConversationCopy.English.Erased, Assert.Single(replies).Text);
        Assert.IsType<ConversationIntent.ErasePerson>(Assert.Single(chat.LastIntents));
    }

    [Fact]
    public void Handle_YesPressedAfterCarryingOn_ErasesNothingAndAsksAgain()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);
        chat.Send("/delete");
        var oldYes = chat.ButtonLabelled(ConversationCopy.English.EraseYes);
        chat.Send("Maria");

        var replies = chat.PressPayload(oldYes.Payload);

        Assert.Equal(ConversationCopy.English.EraseStale, replies[0].Text);
        Assert.Equal(ConversationCopy.English.EraseQuestion, replies[1].Text);
        Assert.Empty(chat.LastIntents);
        Assert.Equal("Maria", chat.Profile.DisplayName);
    }

    [Fact]
    public void Handle_NoPressed_KeepsEverythingAndCarriesOn()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);
        chat.Send("/delete");

        var replies = chat.Press(ConversationCopy.English.EraseNo);

        Assert.Empty(chat.LastIntents);
        Assert.Equal(StepKeys.Name, chat.State.StepKey);
        Assert.Contains(replies, r => r.Text.StartsWith("What should we call you?", StringComparison.Ordinal));
    }
}
