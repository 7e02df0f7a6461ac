using System.Globalization;
using System.Text;
using HealLink.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Pipeline;

/// <summary>
/// A note of each message the platform accepted, appended the moment the send returns, beside the database file
/// (<c>heallink.db-sent</c>, like SQLite's own <c>-wal</c>). Recording a send in the database waits for SQLite's
/// one writer, up to seconds under load; a process killed in that wait would have the message sent again by
/// whoever takes its claim over. The note takes microseconds and survives a kill (the operating system holds the
/// write), so a taken-over row found here is recorded instead of resent. It holds outbox ids only, nothing anyone
/// wrote. Off for a database that is not a SQLite file.
/// </summary>
public sealed class SentJournal
{
    private readonly string? _path;
    private readonly Lock _gate = new();

    public SentJournal(IOptions<DatabaseOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // On PostgreSQL the row that needs it may be taken over by an instance on another machine, which cannot read
        // this one's file: there a kill in the send window is counted as a possible duplicate instead.
        _path = options.Value.Provider == DatabaseProvider.Sqlite ? PathFor(options.Value.ConnectionString) : null;
    }

    /// <summary>The platform accepted this row's message.</summary>
    public void Record(long outboxId)
    {
        if (_path is null)
        {
            return;
        }

        var line = Encoding.ASCII.GetBytes(outboxId.ToString(CultureInfo.InvariantCulture) + "\n");
        lock (_gate)
        {
            // Opened per line, so no handle outlives a write and several processes can append to the one file
            // (appends of a few bytes land whole).
            using var stream = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            stream.Write(line);
        }
    }

    /// <summary>Whether the platform accepted this row's message before (in this process or one that died).</summary>
    public bool Holds(long outboxId)
    {
        if (_path is null || !File.Exists(_path))
        {
            return false;
        }

        var wanted = outboxId.ToString(CultureInfo.InvariantCulture);
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        while (reader.ReadLine() is { } line)
        {
            if (line == wanted)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Forgets every note but those of rows still unrecorded (nightly: the notes matter only until a send is recorded
    /// or its claim taken over, minutes at most). Rewritten to a new file and moved into place.
    /// </summary>
    public void KeepOnly(IReadOnlySet<long> unrecorded)
    {
        ArgumentNullException.ThrowIfNull(unrecorded);
        if (_path is null || !File.Exists(_path))
        {
            return;
        }

        lock (_gate)
        {
            var kept = File.ReadAllLines(_path).Where(line => long.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && unrecorded.Contains(id));
            var next = _path + ".next";
            File.WriteAllLines(next, kept);
            File.Move(next, _path, overwrite: true);
        }
    }

    private static string? PathFor(string connectionString)
    {
        try
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.DataSource)
                || builder.DataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
                || builder.Mode == SqliteOpenMode.Memory
                ? null
                : builder.DataSource + "-sent";
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
