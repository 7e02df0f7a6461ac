using System.Globalization;
using Microsoft.Data.Sqlite;

namespace HealLink.Benchmarks.Telegram;

/// <summary>
/// Reads the bot's database from outside, as an operator would, on a connection of its own. In WAL mode a reader
/// never blocks the bot's writer, so watching closely costs the bot little. Synchronous on purpose: the commit
/// watcher calls it from a thread of its own, and Microsoft.Data.Sqlite's async methods run synchronously anyway.
/// </summary>
internal sealed class BotDatabaseProbe : IDisposable
{
    private readonly SqliteConnection _connection;
    private long _lastReceiptRow;

    public BotDatabaseProbe(string databasePath)
    {
        _connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        _connection.Open();
    }

    /// <summary>The Telegram update ids committed since the last call, in commit order.</summary>
    public IReadOnlyList<long> NewReceipts()
    {
        using var command = _connection.CreateCommand();

        // Receipts are only ever inserted, so their rowids grow: reading past the last one seen costs one index seek.
        command.CommandText = "SELECT rowid, update_id FROM inbound_receipts WHERE rowid > $last AND platform = 'Telegram' ORDER BY rowid";
        command.Parameters.AddWithValue("$last", _lastReceiptRow);
        var updateIds = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            _lastReceiptRow = reader.GetInt64(0);
            updateIds.Add(long.Parse(reader.GetString(1), NumberStyles.None, CultureInfo.InvariantCulture));
        }

        return updateIds;
    }

    public OutboxCounts Outbox()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT count(*) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL),
                   count(*) FILTER (WHERE sent_at IS NOT NULL),
                   count(*) FILTER (WHERE failed_at IS NOT NULL)
            FROM outbox_messages
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return new OutboxCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
    }

    public void Dispose() => _connection.Dispose();
}

internal sealed record OutboxCounts(int Pending, int Sent, int Failed);
