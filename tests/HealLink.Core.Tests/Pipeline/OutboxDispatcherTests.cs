using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.Pipeline;

/// <summary>How the dispatcher paces, retries and gives up, against a platform that misbehaves on purpose.</summary>
public sealed class OutboxDispatcherTests : IDisposable
{
    private static readonly string _welcome = OnboardingCopy.English.Welcome;
    private static readonly string _consent = ConsentSteps.Consent().Prompt;

    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 5, 1, 2, 0, 0, TimeSpan.Zero));

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Dispatch_RateLimitedWithRetryAfter_WaitsThatLongAndKeepsTheChatInOrder()
    {
        await using var sut = await StartAsync();
        _platform.Answer = d => d.Attempt == 1 && d.Message.Text == _welcome
            ? new DeliveryResult.RetryLater("429", TimeSpan.FromSeconds(30))
            : null;
        await sut.Processor.ProcessAsync(PipelineHost.Message("101", new TextInput("/start")), default);

        var nextDue = await sut.DispatchAsync();

        Assert.Equal(_clock.Now.AddSeconds(30), nextDue);
        Assert.Empty(_platform.Delivered);
        Assert.Single(_platform.Attempts);

        _clock.Now = _clock.Now.AddSeconds(31);
        Assert.Null(await sut.DispatchAsync());
        Assert.Equal([_welcome, _consent], _platform.Delivered.Select(d => d.Message.Text));
    }

    [Fact]
    public async Task Dispatch_TransientFailures_BackOffExponentiallyThenRecordAFailure()
    {
        await using var sut = await StartAsync(("Outbox:MaxAttempts", "3"), ("Outbox:FirstRetryDelay", "00:00:01"));
        _platform.Answer = d => d.Message.Text == _welcome ? new DeliveryResult.RetryLater("503") : null;
        await sut.Processor.ProcessAsync(PipelineHost.Message("101", new TextInput("/start")), default);
        var start = _clock.Now;

        var waits = new List<TimeSpan?>();
        for (var pass = 0; pass < 3; pass++)
        {
            waits.Add(await sut.DispatchAsync() - _clock.Now);
            _clock.Now = _clock.Now.AddMinutes(1);
        }

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), null], waits);
        // Matched after reading: the text is stored encrypted, a new ciphertext each time, so SQL cannot match it.
        var welcome = (await sut.QueryAsync(db => db.OutboxMessages.ToListAsync())).Single(m => m.Text == _welcome);
        Assert.Equal(3, welcome.Attempts);
        Assert.Equal(start.AddMinutes(2), welcome.FailedAt);
        Assert.Contains("503", welcome.FailureReason, StringComparison.Ordinal);

        // A message that could not be delivered does not hold back the rest of the conversation forever.
        Assert.Equal([_consent], _platform.Delivered.Select(d => d.Message.Text));
    }

    [Fact]
    public async Task Dispatch_SenderThrows_IsRetriedLikeATransientFailure()
    {
        await using var sut = await StartAsync();
        _platform.Answer = d => d.Attempt == 1 ? throw new HttpRequestException("connection reset") : null;
        await sut.Processor.ProcessAsync(PipelineHost.Message("101", new TextInput("/start")), default);

        await sut.DispatchAsync();
        _clock.Now = _clock.Now.AddSeconds(1);
        await sut.DispatchAsync();
        _clock.Now = _clock.Now.AddSeconds(1);
        await sut.DispatchAsync();

        Assert.Equal([_welcome, _consent], _platform.Delivered.Select(d => d.Message.Text));
    }

    [Fact]
    public async Task Dispatch_PersonBlockedTheBot_MarksThemUnreachableAndStopsTrying()
    {
        await using var sut = await StartAsync();
        _platform.Answer = _ => new DeliveryResult.Undeliverable("403 Forbidden: bot was blocked by the user", RecipientUnreachable: true);
        await sut.Processor.ProcessAsync(PipelineHost.Message("101", new TextInput("/start")), default);

        Assert.Null(await sut.DispatchAsync());
        _clock.Now = _clock.Now.AddHours(1);
        Assert.Null(await sut.DispatchAsync());

        Assert.Single(_platform.Attempts);
        var account = await sut.QueryAsync(db => db.PlatformAccounts.SingleAsync());
        Assert.NotNull(account.UnreachableSince);
        Assert.Contains("blocked", account.UnreachableReason, StringComparison.Ordinal);
        Assert.Equal(2, await sut.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.FailedAt != null)));
    }

    [Fact]
    public async Task Process_UnreachablePersonWritesAgain_IsReachableAndAnswered()
    {
        await using var sut = await StartAsync();
        _platform.Answer = _ => new DeliveryResult.Undeliverable("blocked", RecipientUnreachable: true);
        await sut.Processor.ProcessAsync(PipelineHost.Message("101", new TextInput("/start")), default);
        await sut.DispatchAsync();

        _platform.Answer = null;
        await sut.Processor.ProcessAsync(PipelineHost.Message("101", new TextInput("/start")), default);
        await sut.DispatchAsync();

        var account = await sut.QueryAsync(db => db.PlatformAccounts.SingleAsync());
        Assert.Null(account.UnreachableSince);
        Assert.Null(account.UnreachableReason);
        Assert.NotEmpty(_platform.Delivered);
    }

    [Fact]
    public async Task Dispatch_ChatMoved_FollowsItToTheNewIdForThisAndLaterMessages()
    {
        await using var sut = await StartAsync();
        _platform.Answer = d => d.Message.To.ChatId == "101" ? new DeliveryResult.ChatMoved("-100555") : null;
        await sut.Processor.ProcessAsync(PipelineHost.Message("101", new TextInput("/start")), default);

        await sut.DispatchAsync();

        Assert.Equal([_welcome, _consent], _platform.DeliveredTo("-100555").Select(m => m.Text));
        var account = await sut.QueryAsync(db => db.PlatformAccounts.SingleAsync());
        Assert.Equal("-100555", account.ChatId);
    }

    [Fact]
    public async Task Dispatch_OneChatWaitingForARetry_DoesNotHoldBackAnother()
    {
        await using var sut = await StartAsync();
        _platform.Answer = d => d.Message.To.ChatId == "101" ? new DeliveryResult.RetryLater("429", TimeSpan.FromMinutes(1)) : null;
        await sut.Processor.ProcessAsync(PipelineHost.Message("101", new TextInput("/start")), default);
        await sut.Processor.ProcessAsync(PipelineHost.Message("202", new TextInput("/start")), default);

        await sut.DispatchAsync();

        Assert.Equal([_welcome, _consent], _platform.DeliveredTo("202").Select(m => m.Text));
        Assert.Empty(_platform.DeliveredTo("101"));
    }

    [Fact]
    public async Task Dispatch_StaleTypingHint_IsDroppedNotSentLate()
    {
        await using var sut = await StartAsync();
        await using (var db = await sut.Contexts.CreateDbContextAsync())
        {
            db.OutboxMessages.Add(OutboxMapping.ToRow(OutboundMessage.TypingHint(new ChatAddress(Platform.Console, "101")), _clock.Now));
            await db.SaveChangesAsync();
        }

        _clock.Now = _clock.Now.AddMinutes(1);
        await sut.DispatchAsync();

        Assert.Empty(_platform.Attempts);
        var row = await sut.QueryAsync(db => db.OutboxMessages.SingleAsync());
        Assert.NotNull(row.FailedAt);
    }

    private Task<PipelineHost> StartAsync(params (string Key, string? Value)[] settings) =>
        PipelineHost.StartAsync(_file, _platform, _clock, configure: null, settings);
}
