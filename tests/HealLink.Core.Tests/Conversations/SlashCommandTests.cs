using HealLink.Core.Conversations;

namespace HealLink.Core.Tests.Conversations;

public sealed class SlashCommandTests
{
    [Theory]
    [InlineData("/start", BotCommand.Start)]
    [InlineData("/START", BotCommand.Start)]
    [InlineData("/start@HealLinkBot", BotCommand.Start)]
    [InlineData("/start deep-link-payload", BotCommand.Start)]
    [InlineData("/Profile", BotCommand.Profile)]
    [InlineData("/cancel\nplease", BotCommand.Cancel)]
    public void TryParse_KnownCommand_IsRecognised(string text, BotCommand expected)
    {
        Assert.True(SlashCommand.TryParse(text, out var command));
        Assert.Equal(expected, command.Command);
    }

    [Fact]
    public void TryParse_UnknownCommand_KeepsTheNameToShow()
    {
        Assert.True(SlashCommand.TryParse("/foo@bot bar", out var command));
        Assert.Null(command.Command);
        Assert.Equal("/foo", command.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/ start")]
    [InlineData("/123")]
    [InlineData("start")]
    [InlineData("hip/knee")]
    public void TryParse_NotACommand_IsFalse(string text)
    {
        Assert.False(SlashCommand.TryParse(text, out _));
    }
}
