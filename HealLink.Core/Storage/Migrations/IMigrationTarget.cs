namespace HealLink.Core.Storage.Migrations;

/// <summary>
/// One provider's database, opened for migrating: it applies the next pending script in a transaction of its own,
/// with that script's history row, and keeps other processes from applying the same one meanwhile.
/// </summary>
internal interface IMigrationTarget : IAsyncDisposable
{
    /// <returns>The script applied, or null when none was pending.</returns>
    Task<MigrationScript?> ApplyNextAsync(MigrationScriptSet scripts, DateTimeOffset now, CancellationToken cancellationToken);
}
