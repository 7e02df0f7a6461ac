using System.Data.Common;
using System.Diagnostics;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Benchmarks.Shared;

/// <summary>Commits one small row per call on a connection it keeps open: no EF, no pooling, no query building.</summary>
internal sealed class BareCommitWriter : IAsyncDisposable
{
    private readonly HealLinkDbContext _db;
    private readonly DbConnection _connection;
    private readonly DbCommand _insert;
    private readonly DbParameter _writtenAt;

    public BareCommitWriter(HealLinkDbContext db)
    {
        _db = db;
        _connection = db.Database.GetDbConnection();
        _insert = _connection.CreateCommand();
        _insert.CommandText = "INSERT INTO bare_commits (written_at) VALUES ($writtenAt)";
        _writtenAt = _insert.CreateParameter();
        _writtenAt.ParameterName = "$writtenAt";
        _insert.Parameters.Add(_writtenAt);
    }

    public async Task CommitOneAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        _insert.Transaction = transaction;
        _writtenAt.Value = Stopwatch.GetTimestamp();
        await _insert.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _insert.DisposeAsync();
        await _db.Database.CloseConnectionAsync();
        await _db.DisposeAsync();
    }
}
