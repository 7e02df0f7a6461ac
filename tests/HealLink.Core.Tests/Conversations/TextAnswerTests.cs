using HealLink.Core.Conversations;
using HealLink.Core.Onboarding;

namespace HealLink.Core.Tests.Conversations;

/// <summary>
/// Typed answers that cannot be used: a clear, kind reply; nothing stored or lost; nothing thrown. (Answers past their
/// limit are kept as drafts: see <see cref="AnswerDraftTests"/>.)
/// </summary>
public sealed class TextAnswerTests
{
    private const string NamePrompt = "What should we call you?";

    private static readonly string _tenKilobytesOfEmoji = string.Concat(Enumerable.Repeat("😀", 2560));

    private readonly ConversationHandler _sut = new(new FixedTimeProvider(DateTimeOffset.UnixEpoch));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t \r\n")]
    [InlineData("\u0001\u0002\u001b")]
    [InlineData("\u200B")]
    public void Handle_EmptyName_AsksAgainGently(string text)
    {
        var chat = AtName();
        var version = chat.State.Version;

        var replies = chat.Send(text);

        Assert.Equal(AnswerMessages.English.Empty, replies[0].Text);
        Assert.StartsWith(NamePrompt, replies[1].Text, StringComparison.Ordinal);
        Assert.Null(chat.Profile.DisplayName);
        Assert.Equal(version, chat.State.Version);
    }

    [Fact]
    public void Handle_EmptyOptionalAnswer_MentionsSkip()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MenteeToIntro);
        chat.Send("/back");
        chat.Send("/back");

        var replies = chat.Send("  ");

        Assert.Equal(StepKeys.Hospital, chat.State.StepKey);
        Assert.Equal(AnswerMessages.English.EmptyOptional, replies[0].Text);
    }

    [Fact]
    public void Handle_TenKilobytesOfEmojiAsName_SaysItIsTooLong()
    {
        var chat = AtName();

        var replies = chat.Send(_tenKilobytesOfEmoji);

        Assert.Equal("That's a bit long — could you keep it under 40 characters? (That was 2,560.)", replies[0].Text);
        Assert.Null(chat.Profile.DisplayName);
    }

    [Fact]
    public void Handle_NameOfFortyEmoji_CountsEachAsOneCharacter()
    {
        var chat = AtName();

        chat.Send(string.Concat(Enumerable.Repeat("👩‍⚕️", 40)));

        Assert.Equal(StepKeys.Procedure, chat.State.StepKey);
    }

    [Fact]
    public void Handle_NameWithControlCharactersAndSpaces_IsCleanedBeforeSaving()
    {
        var chat = AtName();

        chat.Send("  Ma\u0000ria \u0007\r\n");

        Assert.Equal("Maria", chat.Profile.DisplayName);
    }

    [Fact]
    public void Handle_IntroWithWindowsLineBreaks_IsSavedWithPlainLineBreaks()
    {
        var chat = AtIntro();

        chat.Send(Scripts.MenteeIntro + "\r\n\r\nThank you.");

        Assert.Equal(Scripts.MenteeIntro + "\n\nThank you.", chat.Profile.Intro);
    }

    [Theory]
    [InlineData("maria@example.com")]
    [InlineData("@maria")]
    [InlineData("https://maria.example")]
    [InlineData("Maria 07700 900123")]
    public void Handle_NameWithContactDetails_AsksForJustAName(string name)
    {
        var chat = AtName();

        var replies = chat.Send(name);

        Assert.Equal("Just a first name or nickname, please — no links or contact details, to keep you safe.", replies[0].Text);
        Assert.Null(chat.Profile.DisplayName);
    }

    [Theory]
    [InlineData("x", "a little more")]
    [InlineData("??", "describe it in words")]
    public void Handle_UnusableProcedure_ExplainsWhatIsNeeded(string procedure, string expected)
    {
        var chat = AtName();
        chat.Send("Maria");

        var replies = chat.Send(procedure);

        Assert.Contains(expected, replies[0].Text, StringComparison.Ordinal);
        Assert.Null(chat.Profile.ProcedureText);
    }

    [Fact]
    public void Handle_IntroTooShort_AsksForALittleMoreAndStatesTheMinimum()
    {
        var chat = AtIntro();

        var replies = chat.Send("Scared.");

        Assert.Contains("a little more", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("at least 80 characters", replies[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Now the most important part.", replies[1].Text, StringComparison.Ordinal);
        Assert.Null(chat.Profile.Intro);
    }

    private Chat AtName()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.StartMentee);
        return chat;
    }

    private Chat AtIntro()
    {
        var chat = new Chat(_sut);
        chat.Run(Scripts.MenteeToIntro);
        return chat;
    }
}
