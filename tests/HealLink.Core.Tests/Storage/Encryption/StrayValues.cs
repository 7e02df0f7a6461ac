using HealLink.Core.Storage.Encryption;
using HealLink.Core.Tests.Pipeline;

namespace HealLink.Core.Tests.Storage.Encryption;

/// <summary>Encrypted columns holding values that do not start as they should, read straight from the file.</summary>
internal static class StrayValues
{
    /// <returns>"table.column: count" for each encrypted column with values not starting with <paramref name="start"/>.</returns>
    public static async Task<List<string>> NotStartingWithAsync(PipelineHost host, TestDatabase file, string start)
    {
        var columns = await host.QueryAsync(db => Task.FromResult(EncryptedColumns.In(db.Model)));
        var stray = new List<string>();
        foreach (var (table, column) in columns)
        {
            var count = await file.ScalarAsync<long>(
                $"SELECT count(*) FROM {table} WHERE {column} IS NOT NULL AND substr({column}, 1, {start.Length}) <> '{start}'");
            if (count > 0)
            {
                stray.Add($"{table}.{column}: {count}");
            }
        }

        return stray;
    }
}
