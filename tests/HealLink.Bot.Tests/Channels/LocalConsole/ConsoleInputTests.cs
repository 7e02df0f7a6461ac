using HealLink.Bot.Channels.LocalConsole;
using HealLink.Core.Messaging;

namespace HealLink.Bot.Tests.Channels.LocalConsole;

public sealed class ConsoleInputTests
{
    private static readonly Button[] _keyboard = [new("I agree", "q:1:agree"), new("Not now", "q:1:decline")];

    [Theory]
    [InlineData("1", "q:1:agree")]
    [InlineData(" 2 ", "q:1:decline")]
    public void Parse_NumberOfAButton_PressesIt(string line, string payload)
    {
        var sut = ConsoleInput.Parse(line, _keyboard);

        Assert.Equal(new ConsoleInput.Message(new ButtonPress(payload)), sut);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("１")]
    [InlineData("99999999999999999999")]
    public void Parse_NumberThatIsNotAButton_IsTextForTheBot(string line)
    {
        var sut = ConsoleInput.Parse(line, _keyboard);

        Assert.Equal(new ConsoleInput.Message(new TextInput(line)), sut);
    }

    [Fact]
    public void Parse_NumberWithNoButtonsShown_IsTextForTheBot()
    {
        Assert.Equal(new ConsoleInput.Message(new TextInput("1")), ConsoleInput.Parse("1", []));
    }

    [Theory]
    [InlineData("/as 2", 2)]
    [InlineData("/AS   17", 17)]
    [InlineData("/as 99", 99)]
    public void Parse_AsWithANumber_SwitchesPerson(string line, int number)
    {
        Assert.Equal(new ConsoleInput.SwitchTo(new LocalPerson(number)), ConsoleInput.Parse(line, _keyboard));
    }

    [Theory]
    [InlineData("/as")]
    [InlineData("/as 0")]
    [InlineData("/as 100")]
    [InlineData("/as two")]
    [InlineData("/as 2 3")]
    public void Parse_AsWithoutAUsableNumber_IsABadSwitch(string line)
    {
        Assert.IsType<ConsoleInput.BadSwitch>(ConsoleInput.Parse(line, _keyboard));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("/quit")]
    [InlineData("/EXIT")]
    public void Parse_EndOfInputOrQuit_Quits(string? line)
    {
        Assert.IsType<ConsoleInput.Quit>(ConsoleInput.Parse(line, _keyboard));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_BlankLine_IsNotSent(string line)
    {
        Assert.IsType<ConsoleInput.Blank>(ConsoleInput.Parse(line, _keyboard));
    }

    [Theory]
    [InlineData("/start")]
    [InlineData("/whoami")]
    [InlineData("hello /who")]
    public void Parse_BotCommandsAndText_GoToTheBotUnchanged(string line)
    {
        Assert.Equal(new ConsoleInput.Message(new TextInput(line)), ConsoleInput.Parse(line, _keyboard));
    }
}
