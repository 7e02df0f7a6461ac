using HealLink.Core.Storage;
using HealLink.Core.Storage.Backups;
using HealLink.Core.Storage.Encryption;
using HealLink.Core.Tests.Connections.Timing;
using HealLink.Core.Tests.Pipeline;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Storage.Backups;

/// <summary>
/// Backups taken while the pipeline writes, restored into a fresh place: the copy is consistent, passes the
/// migration check and holds everything committed before it began; a restore refuses what it cannot trust.
/// </summary>
[Trait("Database", "Sqlite")]
public sealed class DatabaseBackupTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly TestDatabase _restored = new();
    private readonly RecordingSender _platform = new();
    private TimingScene _scene = null!;

    private string BackupFile => Path.Combine(_file.DirectoryPath, "backups", "heallink-backup.db");

    /// <summary>The key file beside the original database: restoring elsewhere needs it back, as README says.</summary>
    private string KeyFilePath => _scene.Host.Services.GetRequiredService<FieldCipher>().Keys.File!;

    public async Task InitializeAsync()
    {
        _scene = await TimingScene.StartAsync(_file, _platform);
        await _scene.TalkingAsync();
    }

    [Fact]
    public async Task Backup_DuringRelayLoad_RestoresWithEveryMessageCommittedBeforeItStartedAndPassesTheMigrationCheck()
    {
        using var stop = new CancellationTokenSource();
        var load = RelayUntilAsync(stop.Token);
        await WaitForRelayedAsync(30);

        var committedBefore = await _scene.Host.QueryAsync(db => db.RelayedMessages.MaxAsync(m => m.Id));
        var manifest = await _scene.Host.Services.GetRequiredService<DatabaseBackup>().TakeAsync(BackupFile, CancellationToken.None);
        var relayedDuring = await WaitForRelayedAsync((int)committedBefore + 10);
        await stop.CancelAsync();
        await load;

        await using var restored = _restored.CreateServices(("Encryption:KeyFile", KeyFilePath));
        var (_, setAside) = await restored.GetRequiredService<DatabaseRestore>().RestoreAsync(BackupFile, CancellationToken.None);
        await restored.MigrateHealLinkDatabaseAsync();
        await using var db = await restored.GetRequiredService<IDbContextFactory<HealLinkDbContext>>().CreateDbContextAsync();
        var texts = await db.RelayedMessages.OrderBy(m => m.Id).Select(m => new { m.Id, m.Text }).ToListAsync();
        Assert.Null(setAside);
        Assert.True(relayedDuring > committedBefore);
        Assert.Equal(
            Enumerable.Range(1, (int)committedBefore).Select(i => $"message {i}"),
            texts.Where(m => m.Id <= committedBefore).Select(m => m.Text));
        Assert.Equal(manifest.RowCounts["relayed_messages"], texts.Count);
        Assert.Equal("ok", await IntegrityAsync(_restored.FilePath));
    }

    [Fact]
    public async Task Backup_TargetExists_RefusedAndTheFileLeftAsItWas()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(BackupFile)!);
        await File.WriteAllTextAsync(BackupFile, "someone's file");

        var refused = await Assert.ThrowsAsync<BackupException>(
            () => _scene.Host.Services.GetRequiredService<DatabaseBackup>().TakeAsync(BackupFile, CancellationToken.None));

        Assert.Contains("already exists", refused.Message, StringComparison.Ordinal);
        Assert.Equal("someone's file", await File.ReadAllTextAsync(BackupFile));
    }

    [Fact]
    public async Task Restore_BackupChangedAfterItWasTaken_RefusedAndNothingReplaced()
    {
        await _scene.Host.Services.GetRequiredService<DatabaseBackup>().TakeAsync(BackupFile, CancellationToken.None);
        var bytes = await File.ReadAllBytesAsync(BackupFile);
        bytes[^1] ^= 0xFF;
        await File.WriteAllBytesAsync(BackupFile, bytes);

        await using var restored = _restored.CreateServices();
        var refused = await Assert.ThrowsAsync<BackupException>(
            () => restored.GetRequiredService<DatabaseRestore>().RestoreAsync(BackupFile, CancellationToken.None));

        Assert.Contains("sha256", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_restored.FilePath));
    }

    [Fact]
    public async Task Restore_OverAnExistingDatabase_ItIsMovedAsideWholeNotDeleted()
    {
        await _scene.Host.Services.GetRequiredService<DatabaseBackup>().TakeAsync(BackupFile, CancellationToken.None);
        await using (var existing = _restored.CreateServices(("Encryption:KeyFile", KeyFilePath)))
        {
            await existing.MigrateHealLinkDatabaseAsync();
        }

        await using var restored = _restored.CreateServices(("Encryption:KeyFile", KeyFilePath));
        var (_, setAside) = await restored.GetRequiredService<DatabaseRestore>().RestoreAsync(BackupFile, CancellationToken.None);

        Assert.NotNull(setAside);
        Assert.Equal("ok", await IntegrityAsync(setAside));
        Assert.Equal("ok", await IntegrityAsync(_restored.FilePath));
    }

    [Fact]
    public async Task Restore_OverTheDatabaseOfARunningProcess_Refused()
    {
        await _scene.Host.Services.GetRequiredService<DatabaseBackup>().TakeAsync(BackupFile, CancellationToken.None);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await _scene.Host.QueryAsync(db => db.Database.ExecuteSqlAsync(
            $"INSERT INTO process_statuses (id, host, os_process_id, started_at, last_seen_at, report_interval, channels, working_set_bytes) VALUES ('bot-1', 'here', 1, {now}, {now}, 5000, '[]', 0)"));

        await using var services = _file.CreateServices();
        var refused = await Assert.ThrowsAsync<BackupException>(
            () => services.GetRequiredService<DatabaseRestore>().RestoreAsync(BackupFile, CancellationToken.None));

        Assert.Contains("stop the bot", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_Manifest_NamesTheKeyItsValuesAreUnderAndTheRingsFingerprintNeverAKey()
    {
        var ring = KeyFile.Read(KeyFilePath);

        var sut = await _scene.Host.Services.GetRequiredService<DatabaseBackup>().TakeAsync(BackupFile, CancellationToken.None);

        Assert.Equal(ring.Fingerprint, sut.Keys?.Fingerprint);
        Assert.Equal([ring.Current.Id], sut.Keys?.KeyIds ?? []);
        Assert.DoesNotContain(Convert.ToBase64String(ring.Current.Material), await File.ReadAllTextAsync(BackupManifest.PathFor(BackupFile)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_ElsewhereWithoutTheKeyFile_RefusedNamingTheKeyAndNothingReplaced()
    {
        await _scene.Host.Services.GetRequiredService<DatabaseBackup>().TakeAsync(BackupFile, CancellationToken.None);
        var keyId = KeyFile.Read(KeyFilePath).Current.Id;

        await using var restored = _restored.CreateServices();
        var refused = await Assert.ThrowsAsync<BackupException>(
            () => restored.GetRequiredService<DatabaseRestore>().RestoreAsync(BackupFile, CancellationToken.None));

        Assert.Contains("no encryption key was found", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_restored.FilePath));
        Assert.Contains(keyId, refused.Message + await File.ReadAllTextAsync(BackupManifest.PathFor(BackupFile)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_WithAnotherDatabasesKeyFile_RefusedAndNothingReplaced()
    {
        await _scene.Host.Services.GetRequiredService<DatabaseBackup>().TakeAsync(BackupFile, CancellationToken.None);
        var otherKeys = Path.Combine(_restored.DirectoryPath, "other.keys.json");
        KeyFile.Create(otherKeys);

        await using var restored = _restored.CreateServices(("Encryption:KeyFile", otherKeys));
        var refused = await Assert.ThrowsAsync<BackupException>(
            () => restored.GetRequiredService<DatabaseRestore>().RestoreAsync(BackupFile, CancellationToken.None));

        Assert.Contains("does not hold", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_restored.FilePath));
    }

    /// <summary>Maria writes to Sam without pause until told to stop, each message through processor and dispatcher.</summary>
    private async Task RelayUntilAsync(CancellationToken stop)
    {
        await Task.Yield();
        for (var i = 1; !stop.IsCancellationRequested; i++)
        {
            await _scene.Maria.SayAsync($"message {i}");
        }
    }

    private async Task<long> WaitForRelayedAsync(int atLeast)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var count = await _scene.Host.QueryAsync(db => db.RelayedMessages.LongCountAsync());
            if (count >= atLeast)
            {
                return count;
            }

            await Task.Delay(20, deadline.Token);
        }
    }

    private static async Task<string?> IntegrityAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string?)await command.ExecuteScalarAsync();
    }

    public async Task DisposeAsync() => await _scene.DisposeAsync();

    public void Dispose()
    {
        _file.Dispose();
        _restored.Dispose();
    }
}
