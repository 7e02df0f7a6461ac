using System.Collections.Concurrent;
using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Pipeline;

/// <summary>Several dispatchers on one database (bot instances, the admin panel): each row is sent by one of them.</summary>
public sealed class OutboxClaimTests : IDisposable
{
    private readonly TestDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Dispatch_TwoProcessesOnOneFileAtOnce_SendEachRowOnceAndEachChatInOrder()
    {
        var platform = new SlowPlatform();
        await using var first = await PipelineHost.StartAsync(_file, platform);
        await using var second = await PipelineHost.StartAsync(_file, platform);

        for (var round = 0; round < 5; round++)
        {
            for (var person = 0; person < 10; person++)
            {
                await first.Processor.ProcessAsync(PipelineHost.Message($"r{round}p{person}", new TextInput("/start")), default);
            }

            await Task.WhenAll(DispatchUntilDoneAsync(first), DispatchUntilDoneAsync(second));
        }

        var sends = platform.Sent.GroupBy(d => d.OutboxId).ToList();
        Assert.Equal(100, sends.Count);
        Assert.All(sends, send => Assert.Single(send));
        Assert.All(
            platform.Sent.GroupBy(d => d.Message.To.ChatId),
            chat => Assert.Equal([OnboardingCopy.English.Welcome, ConsentSteps.Consent().Prompt], chat.Select(d => d.Message.Text)));
    }

    [Fact]
    public async Task Dispatch_RowClaimedByAProcessThatDied_IsSentOnceTheClaimLapses()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 5, 1, 2, 0, 0, TimeSpan.Zero));
        var platform = new RecordingSender();
        await using var sut = await PipelineHost.StartAsync(_file, platform, clock, configure: null, ("Outbox:ClaimLease", "00:01:00"));
        await sut.Processor.ProcessAsync(PipelineHost.Message("101", new TextInput("/start")), default);
        var lapsesAt = clock.Now.AddSeconds(40);
        var welcome = await WelcomeIdAsync(sut);
        await sut.QueryAsync(db => db.OutboxMessages
            .Where(m => m.Id == welcome)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedBy, "a-process-that-died").SetProperty(m => m.ClaimedUntil, lapsesAt)));

        var nextDue = await sut.DispatchAsync();

        Assert.Empty(platform.Attempts);
        Assert.Equal(lapsesAt, nextDue);

        clock.Now = lapsesAt;
        Assert.Null(await sut.DispatchAsync());
        Assert.Equal([OnboardingCopy.English.Welcome, ConsentSteps.Consent().Prompt], platform.Delivered.Select(d => d.Message.Text));
        Assert.Equal(0, await sut.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.ClaimedBy != null)));
    }

    [Fact]
    [Trait("Database", "Sqlite")] // the sent journal is beside a SQLite file; PostgreSQL has none
    public async Task Dispatch_RowSentByAProcessKilledBeforeRecordingIt_IsRecordedNotSentAgain()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 5, 1, 2, 0, 0, TimeSpan.Zero));
        var platform = new RecordingSender();
        await using var sut = await PipelineHost.StartAsync(_file, platform, clock, configure: null, ("Outbox:ClaimLease", "00:01:00"));
        await sut.Processor.ProcessAsync(PipelineHost.Message("101", new TextInput("/start")), default);
        var welcome = await WelcomeIdAsync(sut);

        // What a dispatcher killed between the platform's answer and the database's record leaves behind: its lapsed
        // claim on the row, and the note it made the moment the send returned.
        await sut.QueryAsync(db => db.OutboxMessages
            .Where(m => m.Id == welcome)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedBy, "a-process-that-died").SetProperty(m => m.ClaimedUntil, clock.Now)));
        sut.Services.GetRequiredService<SentJournal>().Record(welcome);

        await sut.DispatchAsync();

        Assert.Equal([ConsentSteps.Consent().Prompt], platform.Attempts.Select(d => d.Message.Text));
        Assert.NotNull((await sut.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == welcome))).SentAt);
    }

    [Fact]
    public async Task Dispatch_RowClaimedByAProcessThatDiedBeforeTheSendReturned_IsSent()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 5, 1, 2, 0, 0, TimeSpan.Zero));
        var platform = new RecordingSender();
        await using var sut = await PipelineHost.StartAsync(_file, platform, clock, configure: null, ("Outbox:ClaimLease", "00:01:00"));
        await sut.Processor.ProcessAsync(PipelineHost.Message("101", new TextInput("/start")), default);
        var journal = sut.Services.GetRequiredService<SentJournal>();
        await sut.DispatchAsync();
        var sentBefore = platform.Attempts.Count;

        // Notes of other rows (those just sent) do not stand for this one.
        await sut.Processor.ProcessAsync(PipelineHost.Message("101", new TextInput("/help")), default);
        await sut.QueryAsync(db => db.OutboxMessages
            .Where(m => m.SentAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedBy, "a-process-that-died").SetProperty(m => m.ClaimedUntil, clock.Now)));
        Assert.False(journal.Holds(await sut.QueryAsync(db => db.OutboxMessages.Where(m => m.SentAt == null).MinAsync(m => m.Id))));

        await sut.DispatchAsync();

        Assert.True(platform.Attempts.Count > sentBefore);
        Assert.Equal(0, await sut.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)));
    }

    /// <summary>The welcome's row, found after reading: the text is stored encrypted (a new ciphertext each time), so SQL cannot match it.</summary>
    private static async Task<long> WelcomeIdAsync(PipelineHost host) =>
        (await host.QueryAsync(db => db.OutboxMessages.Select(m => new { m.Id, m.Text }).ToListAsync())).Single(m => m.Text == OnboardingCopy.English.Welcome).Id;

    private static async Task DispatchUntilDoneAsync(PipelineHost host)
    {
        // A chat the other process is sending is skipped until its claim ends; come back as a poll would.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await host.DispatchAsync() is not null
            || await host.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.SentAt == null && m.FailedAt == null)))
        {
            await Task.Delay(5, timeout.Token);
        }
    }

    /// <summary>A platform that takes a moment over each message, so two dispatchers overlap as in production.</summary>
    private sealed class SlowPlatform : IChannelSender
    {
        private readonly ConcurrentQueue<OutboundDelivery> _sent = new();

        public Platform Platform => Platform.Console;

        public IReadOnlyList<OutboundDelivery> Sent => [.. _sent];

        public async Task<DeliveryResult> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken)
        {
            await Task.Delay(Random.Shared.Next(1, 6), cancellationToken);
            _sent.Enqueue(delivery);
            return new DeliveryResult.Delivered($"m{delivery.OutboxId}");
        }
    }
}
