using System.Collections.Concurrent;
using HealLink.Core.Messaging;
using HealLink.Core.Storage;
using HealLink.Core.Tests.Icebreakers;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using static HealLink.Core.Tests.Connections.ConnectionPeople;

namespace HealLink.Core.Tests.Connections;

/// <summary>A model writes the opening icebreakers of an Accept, through the real pipeline and a real database.</summary>
public sealed class AcceptIcebreakerTests : IDisposable
{
    private const string Written = "Ana and Sam were matched because their stories are close. A good first question: what has been on your mind this week?";

    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();
    private readonly ConcurrentQueue<bool> _writeLockFree = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Accept_ModelConfigured_AskedWhileNoWriteTransactionIsOpen_AndItsWordsReachBoth()
    {
        var model = new FakeChatClient(async ct =>
        {
            _writeLockFree.Enqueue(await CanTakeTheWriteLockAsync(ct));
            return Written;
        });
        await using var host = await PipelineHost.StartAsync(_file, _platform, configure: s => s.AddSingleton<IChatClient>(model));
        var (ana, sam) = await RequestedAsync(host);

        await sam.PressAsync("Accept");

        Assert.Equal([true, true], _writeLockFree);
        Assert.StartsWith("To start: " + Written + "\n", ana.Last.Text, StringComparison.Ordinal);
        Assert.StartsWith("To start: " + Written + "\n", sam.Last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_ModelWriting_TheMentorSeesTypingBeforeTheConnectionOpens()
    {
        var hintQueued = new TaskCompletionSource();
        var model = new FakeChatClient(async ct =>
        {
            // The model is slow to answer until the hint is in the outbox: what a person on the other end would see.
            await WaitForTypingHintAsync(ct);
            hintQueued.TrySetResult();
            return Written;
        });
        await using var host = await PipelineHost.StartAsync(_file, _platform, configure: s => s.AddSingleton<IChatClient>(model));
        var (ana, sam) = await RequestedAsync(host);
        var anaBefore = ana.Received.Count;

        var replies = await sam.PressAsync("Accept");

        Assert.True(hintQueued.Task.IsCompleted);
        Assert.Equal(OutboundKind.Typing, replies[0].Kind);
        Assert.Equal(sam.UserId, replies[0].To.ChatId);
        Assert.StartsWith("To start: " + Written, sam.Last.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ana.Received.Skip(anaBefore), m => m.Kind == OutboundKind.Typing);
    }

    [Fact]
    public async Task Accept_TemplateOnly_NoTypingHint()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform);
        var (_, sam) = await RequestedAsync(host);

        var replies = await sam.PressAsync("Accept");

        Assert.DoesNotContain(replies, m => m.Kind == OutboundKind.Typing);
    }

    [Fact]
    public async Task Accept_ModelAnswersWithAPhoneNumber_BothReadTheTemplate()
    {
        var model = new FakeChatClient("Sam has been there too. Call him on +44 7700 900123 and ask: what helped you most?");
        await using var host = await PipelineHost.StartAsync(_file, _platform, configure: s => s.AddSingleton<IChatClient>(model));
        var (ana, sam) = await RequestedAsync(host);

        await sam.PressAsync("Accept");

        Assert.Equal(2, model.Calls);
        foreach (var person in new[] { ana, sam })
        {
            Assert.DoesNotContain("7700", person.Last.Text, StringComparison.Ordinal);
            Assert.EndsWith("?", person.Last.Text.Split('\n')[0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Decline_ModelConfigured_NeverAsked()
    {
        var model = new FakeChatClient(Written);
        await using var host = await PipelineHost.StartAsync(_file, _platform, configure: s => s.AddSingleton<IChatClient>(model));
        var (ana, sam) = await RequestedAsync(host);

        await sam.PressAsync("Decline");

        Assert.Equal(0, model.Calls);
    }

    /// <summary>Ana has asked to talk with Sam, who has not answered yet.</summary>
    private async Task<(PipelinePerson Ana, PipelinePerson Sam)> RequestedAsync(PipelineHost host)
    {
        var sam = await ApprovedMentorAsync(host, _platform, "mentor-1", "Sam");
        var ana = await MenteeAsync(host, _platform, "mentee-1", "Ana");
        await RequestAsync(ana, "Sam");
        return (ana, sam);
    }

    private async Task WaitForTypingHintAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _file.OpenConnectionAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM outbox_messages WHERE kind = 'Typing' AND sent_at IS NULL";
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(10));
        while ((long)(await count.ExecuteScalarAsync(deadline.Token))! == 0)
        {
            await Task.Delay(20, deadline.Token);
        }
    }

    /// <summary>
    /// Whether another connection could begin writing now: false while the pipeline holds SQLite's write lock, or on
    /// PostgreSQL the advisory lock every write transaction takes (PostgresWriteLock).
    /// </summary>
    private async Task<bool> CanTakeTheWriteLockAsync(CancellationToken cancellationToken)
    {
        if (_file.Provider == DatabaseProvider.Postgres)
        {
            await using var connection = await _file.OpenConnectionAsync();
            await using var take = connection.CreateCommand();
            take.CommandText = "SELECT pg_try_advisory_xact_lock(5216682861144927851)";
            return (bool)(await take.ExecuteScalarAsync(cancellationToken))!;
        }

        await using var other = new SqliteConnection(_file.ConnectionString);
        await other.OpenAsync(cancellationToken);
        await using var begin = other.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        begin.CommandTimeout = 1;
        try
        {
            await begin.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException)
        {
            return false;
        }

        await using var rollback = other.CreateCommand();
        rollback.CommandText = "ROLLBACK";
        await rollback.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }
}
