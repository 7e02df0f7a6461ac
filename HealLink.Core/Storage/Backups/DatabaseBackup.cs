using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using HealLink.Core.Storage.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Storage.Backups;

/// <summary>
/// An online, consistent copy of the SQLite database: <c>VACUUM INTO</c> reads one snapshot inside a read
/// transaction, so the bot and the admin panel keep writing meanwhile and the copy holds exactly what was committed
/// when it began. Beside it goes a manifest (schema version, row counts, the copy's sha256, the encryption keys its
/// values need) to check it by before a restore. The key file is not copied: it is backed up separately. PostgreSQL is backed up with its own tools (pg_dump), not this.
/// </summary>
public sealed class DatabaseBackup(
    IOptions<DatabaseOptions> options,
    IDbContextFactory<HealLinkDbContext> contexts,
    KeySource keys,
    TimeProvider timeProvider)
{
    /// <summary>Writes the copy to <paramref name="target"/> and its manifest beside it; both must not exist yet.</summary>
    public async Task<BackupManifest> TakeAsync(string target, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(target);
        var full = Path.GetFullPath(target);
        if (File.Exists(full) || File.Exists(BackupManifest.PathFor(full)))
        {
            throw new BackupException($"{full} already exists: a backup never overwrites a file. Choose a new name.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var startedAt = timeProvider.GetUtcNow();
        var file = SqliteFiles.Of(options.Value, "The backup command copies the embedded SQLite database; back PostgreSQL up with pg_dump (see README).");
        await using (var source = SqliteFiles.ReadOnly(file, options.Value.BusyTimeoutSeconds))
        {
            await source.OpenAsync(cancellationToken);
            await using var vacuum = source.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $target";
            vacuum.Parameters.AddWithValue("$target", full);
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }

        IModel model;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            model = db.Model;
        }

        var manifest = await DescribeAsync(full, startedAt, cancellationToken) with
        {
            Keys = await DescribeKeysAsync(full, model, cancellationToken),
        };
        await File.WriteAllTextAsync(BackupManifest.PathFor(full), JsonSerializer.Serialize(manifest, BackupManifest.Json), cancellationToken);
        return manifest;
    }

    /// <summary>What a backup file holds, read from the file itself.</summary>
    public static async Task<BackupManifest> DescribeAsync(string file, DateTimeOffset takenAt, CancellationToken cancellationToken)
    {
        await using var connection = SqliteFiles.ReadOnly(file);
        await connection.OpenAsync(cancellationToken);
        var version = Convert.ToInt32(await SqliteFiles.ScalarAsync(connection, "SELECT coalesce(max(version), 0) FROM schema_history", cancellationToken), CultureInfo.InvariantCulture);
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in BackupManifest.CountedTables)
        {
            counts[table] = Convert.ToInt64(await SqliteFiles.ScalarAsync(connection, $"SELECT count(*) FROM {table}", cancellationToken), CultureInfo.InvariantCulture);
        }

        await connection.CloseAsync();
        return new BackupManifest(takenAt, version, counts, await Sha256Async(file, cancellationToken), new FileInfo(file).Length);
    }

    private async Task<BackupKeys> DescribeKeysAsync(string file, IModel model, CancellationToken cancellationToken)
    {
        await using var connection = SqliteFiles.ReadOnly(file);
        await connection.OpenAsync(cancellationToken);
        return await BackupEncryption.DescribeAsync(connection, model, keys.TryLoad(), cancellationToken);
    }

    public static async Task<string> Sha256Async(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
