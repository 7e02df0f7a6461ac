using HealLink.Bot.Channels.LocalConsole;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;

namespace HealLink.Bot.Tests.Channels.LocalConsole;

public sealed class ConsoleSenderTests : IDisposable
{
    private readonly CapturedOutput _output = new();
    private readonly ShownMessages _shown = new();
    private readonly ConsoleSender _sut;

    public ConsoleSenderTests() =>
        _sut = new ConsoleSender(new ConsoleTerminal(new ConsoleStreams(new StringReader(""), _output)), _shown);

    public void Dispose() => _output.Dispose();

    [Fact]
    public async Task Send_RetryOfAMessageAlreadyPrinted_IsNotPrintedAgain()
    {
        await _sut.SendAsync(Delivery(7, "Hello"), default);
        var again = await _sut.SendAsync(Delivery(7, "Hello"), default);

        Assert.IsType<DeliveryResult.Delivered>(again);
        Assert.Equal(1, CountOf("Hello"));
    }

    [Fact]
    public async Task Send_WhoeverWaitsForTheMessage_WakesOnlyAfterItIsPrinted()
    {
        var printedWhenWoken = _shown.WaitUntilShownAsync([7, 8], TimeSpan.FromSeconds(10), default)
            .ContinueWith(_ => _output.Text, TaskScheduler.Default);

        await _sut.SendAsync(Delivery(7, "First"), default);
        await _sut.SendAsync(Delivery(8, "Second"), default);

        Assert.Contains("Second", await printedWhenWoken, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_TypingHint_PrintsNothingButCountsAsShown()
    {
        await _sut.SendAsync(new OutboundDelivery(9, OutboundMessage.TypingHint(new ChatAddress(Platform.Console, "local-1")), 1), default);

        Assert.Equal("", _output.Text);
        Assert.True(_shown.WasShown(9));
    }

    [Fact]
    public async Task WaitUntilShown_NeverPrinted_GivesUpAfterTheTimeout()
    {
        await _shown.WaitUntilShownAsync([42], TimeSpan.FromMilliseconds(50), default);

        Assert.False(_shown.WasShown(42));
    }

    private int CountOf(string text) => _output.Text.Split(text).Length - 1;

    private static OutboundDelivery Delivery(long id, string text) =>
        new(id, new OutboundMessage(new ChatAddress(Platform.Console, "local-1"), OutboundKind.Text, text, []), 1);
}
