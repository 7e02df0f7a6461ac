using HealLink.Core.Connections.Opening;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace HealLink.Core.Tests.Connections.Opening;

/// <summary>"typing…" stays up while a model writes, however long it takes, and stops when it is done.</summary>
public sealed class TypingWhileDraftingTests
{
    private static readonly ChatAddress Sam = new(Platform.Telegram, "5001");

    [Fact]
    public async Task WhileAsync_SlowWork_QueuesAHintNowAndAgainAsTimePassesUntilDone()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var sut = new TypingWhileDrafting(database.Contexts, new OutboxSignal(), clock, NullLogger<TypingWhileDrafting>.Instance);
        var model = new TaskCompletionSource<string>();

        var drafting = sut.WhileAsync(Sam, _ => model.Task, CancellationToken.None);
        await WaitForHintsAsync(database, clock, 1, advance: TimeSpan.Zero);
        await WaitForHintsAsync(database, clock, 3, advance: TimeSpan.FromSeconds(1));
        model.SetResult("drafted");

        Assert.Equal("drafted", await drafting);
        var hints = await HintsAsync(database);
        for (var i = 0; i < 20; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }

        Assert.Equal(hints, await HintsAsync(database));
    }

    private static async Task<int> HintsAsync(MigratedDatabase database)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        return await db.OutboxMessages.CountAsync(m => m.Kind == OutboundKind.Typing && m.ChatId == Sam.ChatId);
    }

    /// <summary>Moves the clock on in small steps (a timer set just after a step still fires at the next) until enough hints are queued.</summary>
    private static async Task WaitForHintsAsync(MigratedDatabase database, FakeTimeProvider clock, int count, TimeSpan advance)
    {
        for (var waited = 0; await HintsAsync(database) < count; waited += 10)
        {
            Assert.True(waited < 5000, $"{count} typing hints expected");
            clock.Advance(advance);
            await Task.Delay(10);
        }
    }
}
