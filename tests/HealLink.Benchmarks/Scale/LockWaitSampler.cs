using Npgsql;

namespace HealLink.Benchmarks.Scale;

/// <summary>
/// The advisory write lock (PostgresWriteLock) while a PostgreSQL row is timed, sampled every few milliseconds on a
/// connection of its own: whether a transaction holds it (pg_locks) and how many stand waiting for it
/// (pg_stat_activity). Held in nearly every sample, with others waiting, the lock sets the pace.
/// </summary>
internal sealed class LockWaitSampler : IAsyncDisposable
{
    private static readonly TimeSpan _sampleEvery = TimeSpan.FromMilliseconds(10);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task<(int Samples, long Waiting, int WithWaiters, int Held)> _sampling;

    private LockWaitSampler(string connectionString, string database) =>
        _sampling = Task.Run(() => SampleAsync(connectionString, database, _stop.Token));

    public static LockWaitSampler Start(string connectionString, string database) => new(connectionString, database);

    public async Task<LockWaits> StopAsync()
    {
        await _stop.CancelAsync();
        var (samples, waiting, withWaiters, held) = await _sampling;
        return samples == 0
            ? new LockWaits(double.NaN, double.NaN, double.NaN)
            : new LockWaits((double)waiting / samples, (double)withWaiters / samples, (double)held / samples);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }

    private static async Task<(int, long, int, int)> SampleAsync(string connectionString, string database, CancellationToken stop)
    {
        var (samples, waiting, withWaiters, held) = (0, 0L, 0, 0);
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(CancellationToken.None);
        // Transaction-scoped advisory locks of the bots' database: the write lock (the migrations' lock is not taken then).
        await using var command = new NpgsqlCommand(
            """
            SELECT (SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock' AND wait_event = 'advisory'),
                   (SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database
                    WHERE d.datname = $1 AND l.locktype = 'advisory' AND l.granted)
            """,
            connection);
        command.Parameters.AddWithValue(database);
        while (!stop.IsCancellationRequested)
        {
            long now, holders;
            await using (var reader = await command.ExecuteReaderAsync(CancellationToken.None))
            {
                await reader.ReadAsync(CancellationToken.None);
                (now, holders) = (reader.GetInt64(0), reader.GetInt64(1));
            }

            (samples, waiting, withWaiters, held) = (samples + 1, waiting + now, withWaiters + (now > 0 ? 1 : 0), held + (holders > 0 ? 1 : 0));
            try
            {
                await Task.Delay(_sampleEvery, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return (samples, waiting, withWaiters, held);
    }
}

/// <param name="MeanWaiting">Transactions waiting for the write lock, on average over the samples.</param>
/// <param name="ShareWithWaiters">The share of samples in which at least one was waiting.</param>
/// <param name="ShareHeld">The share of samples in which a transaction held it: how busy the one writer's turn is.</param>
internal sealed record LockWaits(double MeanWaiting, double ShareWithWaiters, double ShareHeld);
