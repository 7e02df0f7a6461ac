using System.Collections.Concurrent;
using HealLink.Core.Tests.Icebreakers;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using static HealLink.Core.Tests.Connections.ConnectionPeople;

namespace HealLink.Core.Tests.Connections;

/// <summary>A model writes the opening icebreakers of an Accept, through the real pipeline and a SQLite file.</summary>
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

    /// <summary>Whether another connection could begin writing now: false while the pipeline holds SQLite's write lock.</summary>
    private async Task<bool> CanTakeTheWriteLockAsync(CancellationToken cancellationToken)
    {
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
