using Microsoft.EntityFrameworkCore;

namespace HealLink.Benchmarks.Shared;

/// <summary>
/// The baseline: the cheapest durable thing a message could cost, one transaction inserting one small row. On a
/// fresh file of its own, set up by the application's storage registration so the pragmas are the pipeline's.
/// </summary>
internal sealed class BareCommitStore : IAsyncDisposable
{
    private readonly BenchmarkDatabase _database;

    private BareCommitStore(BenchmarkDatabase database) => _database = database;

    public static async Task<BareCommitStore> CreateAsync(CancellationToken cancellationToken)
    {
        var database = await BenchmarkDatabase.StartAsync((_, _) => { }, cancellationToken);
        await using var db = await database.Contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "CREATE TABLE bare_commits (id INTEGER PRIMARY KEY, written_at INTEGER NOT NULL)",
            cancellationToken);
        return new BareCommitStore(database);
    }

    /// <summary>A writer with a connection of its own, opened by the application's code so its pragmas apply.</summary>
    public async Task<BareCommitWriter> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var db = await _database.Contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new BareCommitWriter(db);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
