namespace HealLink.Core.Storage.Migrations;

/// <summary>Refuses a database whose history does not fit the migrations this build knows.</summary>
internal static class MigrationHistoryCheck
{
    public static void Verify(IReadOnlyDictionary<int, AppliedMigration> applied, MigrationScriptSet scripts)
    {
        if (applied.Count == 0)
        {
            return;
        }

        var current = applied.Keys.Max();
        if (current > scripts.LatestVersion)
        {
            throw new InvalidOperationException(
                $"This database is at schema version {current}, but this build of HealLink knows migrations only up " +
                $"to version {scripts.LatestVersion}: this database was created by a newer HealLink. Run that " +
                "version or a later one, or restore a backup taken before the upgrade.");
        }

        foreach (var row in applied.Values.OrderBy(r => r.Version))
        {
            VerifyApplied(row, scripts.Find(row.Version));
        }

        if (scripts.InOrder.FirstOrDefault(s => s.Version < current && !applied.ContainsKey(s.Version)) is { } skipped)
        {
            throw new InvalidOperationException(
                $"Migration {skipped.FileName} was never applied, but this database is already at version {current}. " +
                $"Migrations apply in order; give it a version after {current}.");
        }
    }

    private static void VerifyApplied(AppliedMigration row, MigrationScript? script)
    {
        if (script is null)
        {
            throw new InvalidOperationException(
                $"Schema version {row.Version} ('{row.Name}') is recorded as applied to this database, but this build " +
                "has no migration with that version. Was a migration file renamed or removed?");
        }

        if (row.Name != script.Name)
        {
            throw new InvalidOperationException(
                $"Schema version {row.Version} was applied as '{row.Name}', but this build calls it " +
                $"{script.FileName}. Applied migrations must not be renamed.");
        }

        if (!row.Checksum.Equals(script.Checksum, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Migration {script.FileName} was edited after it was applied to this database (recorded checksum " +
                $"{row.Checksum}, the script's is now {script.Checksum}). Applied migrations must never change: undo " +
                "the edit and put the change in a new migration.");
        }
    }
}
