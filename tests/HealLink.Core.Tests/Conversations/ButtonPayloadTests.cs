using HealLink.Core.Conversations;
using HealLink.Core.Onboarding;

namespace HealLink.Core.Tests.Conversations;

public sealed class ButtonPayloadTests
{
    [Fact]
    public void Parse_AnswerPayload_ReadsVersionAndKey()
    {
        var pressed = ButtonPayload.Parse(ButtonPayload.Answer(42, "recovering-long-term"));

        Assert.Equal(new PressedButton.Answer(42, "recovering-long-term"), pressed);
    }

    [Theory]
    [InlineData("Back", "n:7:back")]
    [InlineData("Skip", "n:7:skip")]
    [InlineData("Done", "n:7:done")]
    [InlineData("Keep", "n:7:keep")]
    public void Navigate_EachMove_RoundTrips(string move, string expected)
    {
        var navigation = Enum.Parse<Navigation>(move);

        var payload = ButtonPayload.Navigate(7, navigation);

        Assert.Equal(expected, payload);
        Assert.Equal(new PressedButton.Move(7, navigation), ButtonPayload.Parse(payload));
    }

    [Theory]
    [InlineData(BotCommand.Match, "a:match")]
    [InlineData(BotCommand.Start, "a:start")]
    public void Action_Command_RoundTrips(BotCommand command, string expected)
    {
        Assert.Equal(expected, ButtonPayload.Action(command));
        Assert.Equal(new PressedButton.Command(command), ButtonPayload.Parse(expected));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("q")]
    [InlineData("q:1")]
    [InlineData("q::key")]
    [InlineData("q:+1:key")]
    [InlineData("q:99999999999:key")]
    [InlineData("n:1:0")]
    [InlineData("n:1:Back ")]
    [InlineData("a:")]
    [InlineData("a:match:1")]
    public void Parse_NotOneOfOurs_IsNull(string? payload)
    {
        Assert.Null(ButtonPayload.Parse(payload));
    }
}
