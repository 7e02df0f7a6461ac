using System.Data.Common;

namespace HealLink.Core.Storage.Migrations;

/// <summary>
/// One step of migrating, the same on every provider: inside the target's transaction the history is read and
/// checked, the first script it lacks is run (as the target runs scripts) and recorded, and the transaction commits.
/// </summary>
internal static class MigrationStep
{
    /// <returns>The script applied, or null when none was pending.</returns>
    public static async Task<MigrationScript?> ApplyNextAsync(
        DbTransaction transaction,
        DatabaseProvider provider,
        MigrationScriptSet scripts,
        DateTimeOffset now,
        Func<MigrationScript, Task> execute,
        CancellationToken cancellationToken)
    {
        var history = await SchemaHistory.ReadAsync(transaction, provider, cancellationToken);
        MigrationHistoryCheck.Verify(history, scripts);

        var next = scripts.InOrder.FirstOrDefault(s => !history.ContainsKey(s.Version));
        if (next is not null)
        {
            await execute(next);
            await SchemaHistory.RecordAsync(transaction, next, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return next;
    }
}
