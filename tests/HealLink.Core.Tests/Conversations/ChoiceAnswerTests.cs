using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Conversations;

/// <summary>Choice answers that cannot be used, and input that is not text: a kind reply, nothing stored, nothing thrown.</summary>
public sealed class ChoiceAnswerTests
{
    private const string NamePrompt = "What should we call you?";

    private static readonly string _tenKilobytesOfEmoji = string.Concat(Enumerable.Repeat("😀", 2560));

    private readonly ConversationHandler _sut = new(new FixedTimeProvider(DateTimeOffset.UnixEpoch));

    [Fact]
    public void Handle_TenKilobytesOfEmojiAsLanguages_SaysItIsTooLong()
    {
        var chat = AtName();
        chat.Send("Maria");
        chat.Send("kidney transplant");
        chat.Send("1");
        chat.Send("1");
        chat.Send("skip");
        chat.Send("skip");

        var replies = chat.Send(_tenKilobytesOfEmoji);

        Assert.StartsWith("That's a bit long", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(StepKeys.Languages, chat.State.StepKey);
    }

    [Fact]
    public void Handle_NumberOutOfRange_SaysWhichNumbersAreValid()
    {
        var chat = AtName();
        chat.Send("Maria");
        chat.Send("kidney transplant");

        var replies = chat.Send("7");

        Assert.Equal("There's no option 7 here — please choose a number from 1 to 4.", replies[0].Text);
        Assert.StartsWith("Where are you right now?", replies[1].Text, StringComparison.Ordinal);
        Assert.Null(chat.Profile.Stage);
    }

    [Fact]
    public void Handle_TextThatIsNotAnOption_ExplainsHowToChoose()
    {
        var chat = AtName();
        chat.Send("Maria");
        chat.Send("kidney transplant");

        var replies = chat.Send("somewhere in between");

        Assert.Equal("I didn't catch that — tap one of the buttons, or type its number (1–4).", replies[0].Text);
    }

    [Theory]
    [InlineData("English, Klingon2", "letters, spaces and hyphens only")]
    [InlineData("1, 12", "There's no option 12 here")]
    [InlineData("A language with a really very long name indeed", "keep each one under 40 characters")]
    [InlineData("a, b, c, d, e, f, g, h, i, j, k", "at most 10 of your own")]
    public void Handle_UnusableLanguageList_ExplainsAndKeepsNothing(string typed, string expected)
    {
        var chat = AtName();
        chat.Send("Maria");
        chat.Send("kidney transplant");
        chat.Send("1");
        chat.Send("1");
        chat.Send("skip");
        chat.Send("skip");

        var replies = chat.Send(typed);

        Assert.Contains(expected, replies[0].Text, StringComparison.Ordinal);
        Assert.Empty(chat.Profile.Languages);
        Assert.Equal(StepKeys.Languages, chat.State.StepKey);
    }

    [Fact]
    public void Handle_TopicThatIsNotInTheList_SaysItCannotBeFound()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MentorToHelpTopics);

        var replies = chat.Send("knitting");

        Assert.StartsWith("I couldn't find \"knitting\" in the list", replies[0].Text, StringComparison.Ordinal);
        Assert.Empty(chat.Profile.HelpTopics);
    }

    [Theory]
    [InlineData("sticker")]
    [InlineData("photo")]
    [InlineData("voice")]
    public void Handle_UnsupportedInput_SaysOnlyTextAndAsksAgain(string kind)
    {
        var chat = AtName();

        var replies = chat.Deliver(new UnsupportedInput(kind));

        Assert.Equal(ConversationCopy.English.TextOnly, replies[0].Text);
        Assert.StartsWith(NamePrompt, replies[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_UnsupportedInputWhenFinished_SaysOnlyTextAndOffersTheNextStep()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MenteeByButtons);

        var replies = chat.Deliver(new UnsupportedInput("sticker"));

        Assert.Equal(ConversationCopy.English.TextOnlyIdle, replies[0].Text);
        Assert.Contains("Find my match", replies[1].AllButtons.Select(b => b.Label));
    }

    [Fact]
    public void Handle_AnyGarbageAtAnyStep_NeverThrows()
    {
        string[] inputs = ["", "\0", _tenKilobytesOfEmoji, "/", "/ ", "//", "/😀", "0", "-5", "1,,,,2", "and and and", "✓ English", "\uD800"];
        var chat = new Chat(_sut);

        foreach (var step in Enumerable.Range(0, 20))
        {
            foreach (var input in inputs)
            {
                chat.Send(input);
                chat.PressPayload(input);
            }

            AnswerSomething(chat);
        }

        Assert.Equal(Role.Mentee, chat.Profile.Role);
    }

    private static void AnswerSomething(Chat chat)
    {
        var keyboard = chat.Transcript.LastOrDefault(r => r.Buttons.Count > 0);
        if (chat.State.StepKey is StepKeys.Name or StepKeys.Procedure or StepKeys.Intro || keyboard is null)
        {
            chat.Send(Scripts.MenteeIntro);
        }
        else
        {
            chat.PressPayload(keyboard.AllButtons.First().Payload);
            if (chat.State.PendingSelection.Count > 0)
            {
                chat.Send("done");
            }
        }
    }

    private Chat AtName()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);
        return chat;
    }
}
