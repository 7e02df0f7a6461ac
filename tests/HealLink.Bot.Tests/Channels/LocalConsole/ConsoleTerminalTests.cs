using HealLink.Bot.Channels.LocalConsole;
using HealLink.Core.Messaging;

namespace HealLink.Bot.Tests.Channels.LocalConsole;

public sealed class ConsoleTerminalTests : IDisposable
{
    private readonly StringWriter _output = new() { NewLine = "\n" };
    private readonly ConsoleTerminal _sut;

    public ConsoleTerminalTests() => _sut = new ConsoleTerminal(new ConsoleStreams(new StringReader(""), _output));

    public void Dispose() => _output.Dispose();

    [Fact]
    public void Show_ButtonsInRows_AreNumberedAcrossRows()
    {
        _sut.Show(Message("local-1", "Which age range?", [[new("18–29", "a"), new("30–44", "b")], [new("Back", "c")]]));

        Assert.Equal(
            "HealLink › Which age range?\n    [1] 18–29   [2] 30–44\n    [3] Back\n",
            Normalise(_output.ToString()));
        Assert.Equal(["a", "b", "c"], _sut.KeyboardOf(new LocalPerson(1)).Select(b => b.Payload));
    }

    [Fact]
    public void Show_SeveralLines_AreIndentedUnderTheName()
    {
        _sut.Show(Message("local-1", "First line\nSecond line", []));

        Assert.Equal("HealLink › First line\n           Second line\n", Normalise(_output.ToString()));
    }

    [Fact]
    public void Show_MessageForSomeoneElse_SaysWhoItIsFor()
    {
        _sut.Show(Message("local-2", "Hello", []));

        Assert.StartsWith("HealLink → person 2 › Hello", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Show_SeveralMessagesWithButtons_NumbersRunOnAcrossThem()
    {
        _sut.Show(Message("local-1", "Sam", [[new("Connect with Sam", "c:2")]]));
        _sut.Show(Message("local-1", "Ana", [[new("Connect with Ana", "c:3")]]));
        _sut.Show(Message("local-1", "Not sure?", [[new("Show more", "m:2"), new("Choose for me", "m:auto")]]));

        Assert.Contains("[2] Connect with Ana", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("[3] Show more   [4] Choose for me", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal(["c:2", "c:3", "m:2", "m:auto"], _sut.KeyboardOf(new LocalPerson(1)).Select(b => b.Payload));
    }

    [Fact]
    public async Task Show_AfterThePersonTyped_StartsFromOneAndOldButtonsAreGone()
    {
        var typed = new StringReader("hello\n");
        var sut = new ConsoleTerminal(new ConsoleStreams(typed, _output));
        sut.Show(Message("local-1", "Pick one", [[new("Yes", "y")]]));

        await sut.ReadLineAsync(default);
        sut.Show(Message("local-1", "Thanks!", []));

        Assert.Empty(sut.KeyboardOf(new LocalPerson(1)));
    }

    [Fact]
    public void Show_KeyboardsAreKeptPerPerson()
    {
        _sut.Show(Message("local-1", "For one", [[new("One", "1")]]));
        _sut.Show(Message("local-2", "For two", [[new("Two", "2")]]));

        Assert.Equal("1", Assert.Single(_sut.KeyboardOf(new LocalPerson(1))).Payload);
        Assert.Equal("2", Assert.Single(_sut.KeyboardOf(new LocalPerson(2))).Payload);
    }

    [Fact]
    public void Show_WhilePromptIsWaiting_StartsOnANewLineAndShowsThePromptAgain()
    {
        _sut.Prompt();
        _sut.Show(Message("local-2", "Hello", []));

        Assert.Equal("person 1 › \nHealLink → person 2 › Hello\nperson 1 › ", Normalise(_output.ToString()));
    }

    private static OutboundMessage Message(string chatId, string text, IReadOnlyList<IReadOnlyList<Button>> buttons) =>
        new(new ChatAddress(Platform.Console, chatId), OutboundKind.Text, text, buttons);

    private static string Normalise(string text) => text.ReplaceLineEndings("\n");
}
