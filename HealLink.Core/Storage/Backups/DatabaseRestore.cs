using System.Globalization;
using System.Text.Json;
using HealLink.Core.Storage.Encryption;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Storage.Backups;

/// <summary>
/// Puts a backup in the database's place, with the bot and the panel stopped: the backup is checked against its
/// manifest first, then against the encryption keys configured now (a backup they cannot read is refused), and the
/// database it replaces is moved aside (never deleted), so a wrong restore can be undone.
/// The caller then runs the migration check on the result, as a start-up would.
/// </summary>
public sealed class DatabaseRestore(IOptions<DatabaseOptions> options, KeySource keys, TimeProvider timeProvider)
{
    // A process renews its status every few seconds; one seen this recently may still be writing.
    private static readonly TimeSpan _stillRunning = TimeSpan.FromMinutes(1);

    /// <summary>The main file with its write-ahead log and shared memory: they move together or not at all.</summary>
    private static readonly string[] _databaseFiles = ["", "-wal", "-shm"];

    /// <returns>The backup's manifest, and where the replaced database went (null when there was none).</returns>
    public async Task<(BackupManifest Manifest, string? SetAside)> RestoreAsync(string backup, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(backup);
        var manifest = await VerifiedAsync(Path.GetFullPath(backup), cancellationToken);
        await BackupEncryption.VerifyReadableAsync(Path.GetFullPath(backup), manifest, keys, cancellationToken);
        var target = TargetFile();
        string? setAside = null;
        if (File.Exists(target))
        {
            await RefuseWhileRunningAsync(target, cancellationToken);
            setAside = $"{target}.before-restore-{timeProvider.GetUtcNow():yyyyMMdd-HHmmss}";
            foreach (var suffix in _databaseFiles)
            {
                if (File.Exists(target + suffix))
                {
                    File.Move(target + suffix, setAside + suffix);
                }
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.GetFullPath(backup), target);
        return (manifest, setAside);
    }

    private static async Task<BackupManifest> VerifiedAsync(string backup, CancellationToken cancellationToken)
    {
        if (!File.Exists(backup))
        {
            throw new BackupException($"There is no backup at {backup}.");
        }

        var manifestFile = BackupManifest.PathFor(backup);
        if (!File.Exists(manifestFile))
        {
            throw new BackupException($"{manifestFile} is missing: without it the backup cannot be checked, so it is not restored.");
        }

        var manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(manifestFile, cancellationToken), BackupManifest.Json)
            ?? throw new BackupException($"{manifestFile} is empty.");
        if (!string.Equals(await DatabaseBackup.Sha256Async(backup, cancellationToken), manifest.Sha256, StringComparison.Ordinal))
        {
            throw new BackupException($"{backup} does not match its manifest's sha256: it was changed or damaged after it was taken. Not restored.");
        }

        return manifest;
    }

    private async Task RefuseWhileRunningAsync(string target, CancellationToken cancellationToken)
    {
        await using var connection = SqliteFiles.ReadOnly(target);
        await connection.OpenAsync(cancellationToken);
        var since = (timeProvider.GetUtcNow() - _stillRunning).ToUnixTimeMilliseconds();
        long running;
        try
        {
            running = Convert.ToInt64(
                await SqliteFiles.ScalarAsync(connection, $"SELECT count(*) FROM process_statuses WHERE stopped_at IS NULL AND last_seen_at > {since}", cancellationToken),
                CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            // A database from before the status table has no running processes to report.
            running = 0;
        }

        if (running > 0)
        {
            throw new BackupException(
                $"A HealLink process reported from {target} within the last minute: stop the bot and the admin panel before restoring.");
        }
    }

    private string TargetFile() =>
        SqliteFiles.Of(options.Value, "The restore command restores the embedded SQLite database; restore PostgreSQL with pg_restore (see README).");
}
