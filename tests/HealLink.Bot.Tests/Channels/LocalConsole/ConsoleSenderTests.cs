using HealLink.Bot.Channels.LocalConsole;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace HealLink.Bot.Tests.Channels.LocalConsole;

public sealed class ConsoleSenderTests : IDisposable
{
    // Real time a test waits for something that should happen at once; the waits' own timeouts run on a fake
    // clock that never moves unless a test moves it, so only a wake-up can end them.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly CapturedOutput _output = new();
    private readonly ShownMessages _shown = new(new FakeTimeProvider());
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
        // Counted as shown only after printing is what makes a waiter wake only after: check it as "Second" prints.
        bool? countedAsShownWhilePrinting = null;
        _output.Written = text => countedAsShownWhilePrinting ??= text.Contains("Second", StringComparison.Ordinal) ? _shown.WasShown(8) : null;
        var woken = _shown.WaitUntilShownAsync([7, 8], TimeSpan.FromHours(1), default);
        var printedWhenWoken = woken.ContinueWith(_ => _output.Text, TaskScheduler.Default);

        await _sut.SendAsync(Delivery(7, "First"), default);
        await _sut.SendAsync(Delivery(8, "Second"), default);

        Assert.True(await woken.WaitAsync(Patience), "the wait gave up instead of waking");
        Assert.False(countedAsShownWhilePrinting);
        Assert.Contains("Second", await printedWhenWoken, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_TypingHint_PrintsNothingButCountsAsShown()
    {
        await _sut.SendAsync(new OutboundDelivery(9, OutboundMessage.TypingHint(new ChatAddress(Platform.Console, "local-1")), 1), default);

        Assert.Equal("", _output.Text);
        Assert.True(_shown.WasShown(9));
    }

    private int CountOf(string text) => _output.Text.Split(text).Length - 1;

    private static OutboundDelivery Delivery(long id, string text) =>
        new(id, new OutboundMessage(new ChatAddress(Platform.Console, "local-1"), OutboundKind.Text, text, []), 1);
}
