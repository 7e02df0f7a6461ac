using System.Text;
using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Conversations;

/// <summary>Buttons from an earlier question, buttons that are not ours, and the payload size limit.</summary>
public sealed class ButtonPressTests
{
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.Zero));
    private readonly ConversationHandler _sut;

    public ButtonPressTests() => _sut = new ConversationHandler(_clock);

    [Fact]
    public void Handle_StaleButton_SaysSoAndAsksTheCurrentQuestionChangingNothing()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);
        chat.Send("Maria");
        chat.Send("kidney transplant");
        chat.Press("Preparing for it");
        var (version, updatedAt) = (chat.State.Version, chat.State.UpdatedAt);
        _clock.Now = _clock.Now.AddMinutes(5);

        var replies = chat.PressPayload($"q:{version - 1}:in-hospital");

        Assert.Equal(2, replies.Count);
        Assert.Equal("That button is from an earlier question — here's where we are now:", replies[0].Text);
        Assert.StartsWith("Which age range", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(Stage.Preparing, chat.Profile.Stage);
        Assert.Equal((version, updatedAt), (chat.State.Version, chat.State.UpdatedAt));
        Assert.Equal(StepKeys.AgeRange, chat.State.StepKey);
    }

    [Fact]
    public void Handle_AnswerButtonAfterFinishing_IsStale()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MenteeByButtons);

        var replies = chat.PressPayload($"q:{chat.State.Version}:confirm");

        Assert.Equal(ConversationCopy.English.StaleButton, replies[0].Text);
        Assert.Contains("Find my match", replies[1].AllButtons.Select(b => b.Label));
    }

    [Fact]
    public void Handle_StaleButtonWhenFinished_ChangesNothing()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MenteeByButtons);
        var (version, updatedAt, profileUpdatedAt) = (chat.State.Version, chat.State.UpdatedAt, chat.Profile.UpdatedAt);
        _clock.Now = _clock.Now.AddHours(1);

        chat.PressPayload("q:3:mentor");

        Assert.Equal((version, updatedAt, profileUpdatedAt), (chat.State.Version, chat.State.UpdatedAt, chat.Profile.UpdatedAt));
        Assert.Equal(Role.Mentee, chat.Profile.Role);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("q:abc:woman")]
    [InlineData("q:5")]
    [InlineData("q:5:")]
    [InlineData("n:5:fly")]
    [InlineData("n:-1:back")]
    [InlineData("a:launch")]
    [InlineData("x:1:y")]
    public void Handle_MalformedPayload_SaysItWasNotUnderstoodAndAsksAgain(string payload)
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);
        var version = chat.State.Version;

        var replies = chat.PressPayload(payload);

        Assert.Equal(ConversationCopy.English.UnknownButton, replies[0].Text);
        Assert.StartsWith("What should we call you?", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(version, chat.State.Version);
    }

    [Fact]
    public void Handle_CurrentVersionButAnOptionOfAnotherQuestion_SaysItWasNotUnderstood()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);
        chat.Send("Maria");
        chat.Send("kidney transplant");

        var replies = chat.PressPayload($"q:{chat.State.Version}:from-75");

        Assert.Equal(ConversationCopy.English.UnknownButton, replies[0].Text);
        Assert.Null(chat.Profile.Stage);
    }

    [Fact]
    public void Handle_SkipPressedOnARequiredQuestion_SaysItWasNotUnderstood()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);

        var replies = chat.PressPayload($"n:{chat.State.Version}:skip");

        Assert.Equal(ConversationCopy.English.UnknownButton, replies[0].Text);
        Assert.Equal(StepKeys.Name, chat.State.StepKey);
    }

    [Fact]
    public void Handle_WholeOnboardings_SendOnlyPayloadsWithinTheLimit()
    {
        var mentee = new Chat(_sut);
        var mentor = new Chat(_sut);
        mentee.Run(Scripts.MenteeByButtons);
        mentor.Run(Scripts.MentorByButtons);

        var payloads = mentee.Transcript.Concat(mentor.Transcript).SelectMany(r => r.AllButtons).Select(b => b.Payload);

        Assert.All(payloads, p => Assert.InRange(Encoding.UTF8.GetByteCount(p), 1, Button.MaxPayloadBytes));
    }
}
