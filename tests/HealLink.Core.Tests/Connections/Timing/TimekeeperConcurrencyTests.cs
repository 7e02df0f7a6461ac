using HealLink.Core.Connections;
using HealLink.Core.Connections.Timing;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Connections.Timing;

/// <summary>
/// Two processes on one database running the timekeeper at the same moment (a lease handed over mid-run, say):
/// each request expires once and each person is told once.
/// </summary>
public sealed class TimekeeperConcurrencyTests : TimingSceneTests
{
    private PipelineHost? _other;

    /// <summary>The second process, on the same file and clock.</summary>
    private ConnectionTimekeeper Other => _other!.Services.GetRequiredService<ConnectionTimekeeper>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _other = await PipelineHost.StartAsync(File, Platform, Scene.Clock);
    }

    public override async Task DisposeAsync()
    {
        await _other!.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task WriteAsync_BothProcessesReadTheSameExpiredRequest_OnlyTheFirstWriteExpiresItAndTellsAnyone()
    {
        await TimingScene.AskAsync(Scene.Maria);
        Scene.Advance(TimeSpan.FromHours(48));

        // Both read before either writes: the interleaving a plain "read, then update" gets wrong.
        var mine = await Scene.Timekeeper.DueAsync(CancellationToken.None);
        var theirs = await Other.DueAsync(CancellationToken.None);
        var first = await Scene.Timekeeper.WriteAsync(mine, CancellationToken.None);
        var second = await Other.WriteAsync(theirs, CancellationToken.None);

        Assert.Equal(1, first.Expired);
        Assert.Equal(0, second.Expired);
        Assert.Equal(1, await QueuedAsync(ConnectionCopy.English.Expired));
        Assert.Equal(1, await QueuedAsync(ConnectionCopy.English.ExpiredForMentor));
    }

    [Fact]
    public async Task WriteAsync_BothProcessesReadTheSameDueReminder_TheMentorIsRemindedOnce()
    {
        await TimingScene.AskAsync(Scene.Maria);
        Scene.Advance(TimeSpan.FromHours(24));

        var mine = await Scene.Timekeeper.DueAsync(CancellationToken.None);
        var theirs = await Other.DueAsync(CancellationToken.None);
        var first = await Scene.Timekeeper.WriteAsync(mine, CancellationToken.None);
        var second = await Other.WriteAsync(theirs, CancellationToken.None);

        Assert.Equal(1, first.Reminded + second.Reminded);
        Assert.Equal(1, await QueuedAsync(ConnectionCopy.English.Reminder(Scripts.MenteeName)));
    }

    [Fact]
    public async Task RunAsync_TwoProcessesAtOnce_TheRequestExpiresOnce()
    {
        await TimingScene.AskAsync(Scene.Maria);
        Scene.Advance(TimeSpan.FromHours(48));

        var runs = await Task.WhenAll(
            Task.Run(() => Scene.Timekeeper.RunAsync(CancellationToken.None)),
            Task.Run(() => Other.RunAsync(CancellationToken.None)));
        await Scene.Host.DispatchAsync();

        Assert.Equal(1, runs.Sum(r => r.Expired));
        Assert.Single(Scene.Maria.Received, m => m.Text == ConnectionCopy.English.Expired);
        Assert.Single(Scene.Sam.Received, m => m.Text == ConnectionCopy.English.ExpiredForMentor);
    }

    // Compared after reading: the text is stored encrypted, a new ciphertext each time, so SQL cannot match it.
    private async Task<int> QueuedAsync(string text) =>
        (await Scene.Host.QueryAsync(db => db.OutboxMessages.Select(m => m.Text).ToListAsync())).Count(t => t == text);
}
