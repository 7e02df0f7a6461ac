using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using HealLink.Core.Pipeline.Retention;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Pipeline.Retention;

/// <summary>Delivered messages and receipts leave after their retention; nothing still owed to anyone does.</summary>
public sealed class PipelinePrunerTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 4, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase _file = new();
    private PipelineHost? _host;

    private PipelineHost Host => _host!;

    private PipelinePruner Pruner => Host.Services.GetRequiredService<PipelinePruner>();

    public async Task InitializeAsync() => _host = await PipelineHost.StartAsync(
        _file, new RecordingSender(), new FixedTimeProvider(Now),
        settings: [("Retention:DeliveredMessages", "3.00:00:00"), ("Retention:InboundReceipts", "7.00:00:00")]);

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task PruneAsync_MixedAges_RemovesOnlyFinishedRowsPastRetention()
    {
        await AddMessagesAsync(
            ("old sent", Now.AddDays(-4), Now.AddDays(-4), null),
            ("old failed", Now.AddDays(-4), null, Now.AddDays(-4)),
            ("old and still pending", Now.AddDays(-4), null, null),
            ("recent sent", Now.AddDays(-2), Now.AddDays(-2), null));
        await AddReceiptsAsync(("old", Now.AddDays(-8)), ("recent", Now.AddDays(-6)));

        var pruned = await Pruner.PruneAsync(CancellationToken.None);

        Assert.Equal(new PrunedCounts(2, 1), pruned);
        Assert.Equal(
            ["old and still pending", "recent sent"],
            await Host.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Text).ToListAsync()));
        Assert.Equal(["recent"], await Host.QueryAsync(db => db.InboundReceipts.Select(r => r.UpdateId).ToListAsync()));
    }

    [Fact]
    public async Task PruneAsync_MoreThanOneBatch_RemovesThemAll()
    {
        var old = Now.AddDays(-10);
        await AddMessagesAsync([.. Enumerable.Range(0, (2 * PipelinePruner.BatchSize) + 7).Select(i => ($"m{i}", old, (DateTimeOffset?)old, (DateTimeOffset?)null))]);
        await AddReceiptsAsync([.. Enumerable.Range(0, PipelinePruner.BatchSize + 1).Select(i => ($"u{i}", old))]);

        var pruned = await Pruner.PruneAsync(CancellationToken.None);

        Assert.Equal(new PrunedCounts((2 * PipelinePruner.BatchSize) + 7, PipelinePruner.BatchSize + 1), pruned);
        Assert.Equal(0, await Host.QueryAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(0, await Host.QueryAsync(db => db.InboundReceipts.CountAsync()));
    }

    [Fact]
    public async Task PruneAsync_NothingOld_RemovesNothing()
    {
        await AddMessagesAsync(("today", Now, Now, null));

        Assert.Equal(new PrunedCounts(0, 0), await Pruner.PruneAsync(CancellationToken.None));
    }

    private Task<int> AddMessagesAsync(params (string Text, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset? FailedAt)[] rows) =>
        Host.QueryAsync(db =>
        {
            db.OutboxMessages.AddRange(rows.Select(row => new OutboxMessage
            {
                Platform = Platform.Console,
                ChatId = "1",
                Text = row.Text,
                CreatedAt = row.CreatedAt,
                NextAttemptAt = row.CreatedAt,
                SentAt = row.SentAt,
                FailedAt = row.FailedAt,
            }));
            return db.SaveChangesAsync();
        });

    private Task<int> AddReceiptsAsync(params (string UpdateId, DateTimeOffset ReceivedAt)[] rows) =>
        Host.QueryAsync(db =>
        {
            db.InboundReceipts.AddRange(rows.Select(row => new InboundReceipt { Platform = Platform.Console, UpdateId = row.UpdateId, ReceivedAt = row.ReceivedAt }));
            return db.SaveChangesAsync();
        });
}
