using HealLink.Core.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.Pipeline;

/// <summary>
/// The dispatcher reads undelivered rows many times a second while delivered ones pile up; its query must be
/// served by the partial index, or every pass reads the whole history.
/// </summary>
[Trait("Database", "Sqlite")]
public sealed class OutboxQueryPlanTests
{
    [Fact]
    public async Task Pending_OnTheMigratedSchema_IsServedByThePartialIndexWithoutSorting()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await using var db = await database.Contexts.CreateDbContextAsync();
        var sql = OutboxDispatcher.Pending(db, 200).ToQueryString();

        var plan = await QueryPlanAsync(database.File, sql);

        Assert.Contains("USING INDEX ix_outbox_messages_pending", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    /// <summary>SQLite's plan for a query as EF prints it (".param set" lines first, then the SQL).</summary>
    private static async Task<string> QueryPlanAsync(TestDatabase file, string printedQuery)
    {
        var lines = printedQuery.ReplaceLineEndings("\n").Split('\n');
        var parameters = lines.TakeWhile(l => l.StartsWith(".param set ", StringComparison.Ordinal))
            .Select(l => l.Split(' ', 4))
            .ToList();
        var sql = string.Join('\n', lines.Skip(parameters.Count));

        await using var connection = (SqliteConnection)await file.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter[2], parameter[3]);
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join('\n', plan);
    }
}
