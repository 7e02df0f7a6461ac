using HealLink.Core.Storage.Encryption;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HealLink.Core.Storage.Backups;

/// <summary>What a backup file needs of the encryption keys, and whether the keys configured now can read it.</summary>
internal static class BackupEncryption
{
    /// <summary>The ids of the keys values in <paramref name="connection"/>'s database are under, read from the values themselves.</summary>
    public static async Task<BackupKeys> DescribeAsync(SqliteConnection connection, IModel model, KeyRing? ring, CancellationToken cancellationToken)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        var start = StoredValue.Prefix.Length + 1;
        foreach (var (table, column) in EncryptedColumns.In(model))
        {
            await using var command = connection.CreateCommand();
            command.CommandText =
                $"SELECT DISTINCT substr(\"{column}\", {start}, instr(substr(\"{column}\", {start}), ':') - 1) FROM \"{table}\" " +
                $"WHERE substr(\"{column}\", 1, {StoredValue.Prefix.Length}) = '{StoredValue.Prefix}'";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetString(0));
            }
        }

        return new BackupKeys(ring?.Fingerprint, [.. ids]);
    }

    /// <summary>Refuses, saying which keys are missing or wrong, a backup the configured keys cannot read.</summary>
    public static async Task VerifyReadableAsync(string backup, BackupManifest manifest, KeySource keys, CancellationToken cancellationToken)
    {
        var checks = await ChecksAsync(backup, cancellationToken);
        var needed = manifest.Keys?.KeyIds ?? [];
        if (checks.Count == 0 && needed.Count == 0)
        {
            return;
        }

        var taken = manifest.Keys?.Fingerprint is { } fingerprint ? $" (the key ring that took it had fingerprint {fingerprint})" : "";
        var ring = keys.TryLoad() ?? throw new BackupException(
            $"{backup} holds encrypted values, and no encryption key was found at {keys.Description}: put the key file backed up with it there first{taken}. Not restored.");
        var missing = needed.Where(id => ring.Find(id) is null).ToList();
        if (missing.Count > 0)
        {
            throw new BackupException(
                $"{backup} holds values under encryption key(s) {string.Join(", ", missing)}, which {keys.Description} does not hold{taken}. Not restored.");
        }

        if (KeyVerification.Problem(ring, checks, keys.Description) is { } problem)
        {
            throw new BackupException($"{problem} Not restored.");
        }
    }

    private static async Task<List<KeyCheck>> ChecksAsync(string backup, CancellationToken cancellationToken)
    {
        await using var connection = SqliteFiles.ReadOnly(backup);
        await connection.OpenAsync(cancellationToken);
        var checks = new List<KeyCheck>();
        if (await SqliteFiles.ScalarAsync(connection, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'encryption_key_checks'", cancellationToken) is null)
        {
            return checks;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key_id, value FROM encryption_key_checks";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            checks.Add(new KeyCheck { KeyId = reader.GetString(0), Value = reader.GetString(1) });
        }

        return checks;
    }
}
