using HealLink.Core.Storage;
using HealLink.Core.Storage.Backups;

namespace HealLink.Bot.Backups;

/// <summary>
/// <c>backup FILE</c> and <c>restore FILE</c>, with the bot's own configuration (appsettings.json, environment,
/// command line) and without starting the bot. Exit code 0 when done, 1 with one line on the error output saying why.
/// </summary>
public static class BackupCommand
{
    private const string Backup = "backup";
    private const string Restore = "restore";

    private const string Usage = """
        Usage: HealLink.Bot backup FILE [--Key=value settings]
               HealLink.Bot restore FILE [--Key=value settings]
          backup   copies the SQLite database to FILE while the bot runs (one consistent snapshot), with
                   FILE.manifest.json beside it (schema version, row counts, sha256). FILE must not exist.
          restore  with the bot and the admin panel stopped: checks FILE against its manifest, moves the current
                   database aside (never deletes it), puts FILE in its place and runs the migration check.
        """;

    public static bool IsRequested(string[] args) => args is [Backup or Restore, ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        if (args is not [var verb and (Backup or Restore), var file, .. var settings] || file.StartsWith('-') || settings.Any(s => !s.StartsWith('-')))
        {
            await errors.WriteLineAsync(Usage);
            return 1;
        }

        try
        {
            using var host = BotConfiguration.StorageOnly(settings);
            if (verb == Backup)
            {
                var taken = await host.Services.GetRequiredService<DatabaseBackup>().TakeAsync(file, cancellationToken);
                await output.WriteLineAsync($"Backup written to {Path.GetFullPath(file)}: schema version {taken.SchemaVersion}, {taken.Bytes:N0} bytes, sha256 {taken.Sha256}.");
                return 0;
            }

            var (manifest, setAside) = await host.Services.GetRequiredService<DatabaseRestore>().RestoreAsync(file, cancellationToken);
            await host.Services.MigrateHealLinkDatabaseAsync(cancellationToken);
            await output.WriteLineAsync(setAside is null
                ? $"Restored the backup of {manifest.TakenAt:u} (schema version {manifest.SchemaVersion}); the migration check passed."
                : $"Restored the backup of {manifest.TakenAt:u} (schema version {manifest.SchemaVersion}); the migration check passed. The database it replaced is at {setAside}.");
            return 0;
        }
        catch (BackupException exception)
        {
            await errors.WriteLineAsync(exception.Message);
            return 1;
        }
        catch (Exception exception) when (exception is InvalidOperationException or Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            await errors.WriteLineAsync($"{(verb == Backup ? "Backup" : "Restore")} failed: {exception.Message}");
            return 1;
        }
    }
}
