using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HealLink.Core.Tests.Storage;

/// <summary>
/// What SQLite (or PostgreSQL, in <c>SchemaSnapshot.Postgres.cs</c>) itself reports about a database's tables, one readable line per fact, so two databases built in
/// different ways can be compared and their differences printed.
/// </summary>
internal sealed partial class SchemaSnapshot
{
    private static readonly string[] IgnoredTables = ["schema_history", "sqlite_sequence"];

    /// <summary>Quartz's job store tables: created by our migration from Quartz's schema, not described by the EF model.</summary>
    private const string QuartzPrefix = "QRTZ_";

    private readonly SortedDictionary<string, SortedSet<string>> _tables = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Tables => _tables.Keys;

    /// <param name="include">Which tables to describe (all but Quartz's and the bookkeeping ones when null).</param>
    public static Task<SchemaSnapshot> ReadAsync(DbConnection connection, Func<string, bool>? include = null) =>
        connection is NpgsqlConnection postgres
            ? ReadPostgresAsync(postgres, include ?? (_ => true))
            : ReadSqliteAsync((SqliteConnection)connection, include);

    private static async Task<SchemaSnapshot> ReadSqliteAsync(SqliteConnection connection, Func<string, bool>? include)
    {
        include ??= _ => true;
        var snapshot = new SchemaSnapshot();
        var objects = await QueryAsync(
            connection,
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%'");
        foreach (var row in objects.Where(o => (string)o[0]! == "table" && !IsIgnored((string)o[1]!) && include((string)o[1]!)))
        {
            var table = (string)row[1]!;
            var facts = snapshot._tables[table] = new SortedSet<string>(StringComparer.Ordinal);
            if (((string)row[3]!).Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase))
            {
                facts.Add("autoincrement");
            }

            await AddColumnsAsync(connection, table, facts);
            await AddIndexesAsync(connection, table, objects, facts);
            await AddForeignKeysAsync(connection, table, facts);
        }

        foreach (var row in objects.Where(o => (string)o[0]! is "view" or "trigger" && !IsIgnored((string)o[2]!) && include((string)o[2]!)))
        {
            snapshot.FactsOf((string)row[2]!).Add($"{row[0]} {row[1]}: {Normalize((string)row[3]!)}");
        }

        return snapshot;
    }

    /// <summary>Empty when both describe the same schema.</summary>
    public static string Diff(SchemaSnapshot left, string leftName, SchemaSnapshot right, string rightName)
    {
        var report = new StringBuilder();
        foreach (var table in left._tables.Keys.Union(right._tables.Keys).Order(StringComparer.Ordinal))
        {
            var leftFacts = left._tables.GetValueOrDefault(table);
            var rightFacts = right._tables.GetValueOrDefault(table);
            if (leftFacts is null || rightFacts is null)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"table {table}: only in {(leftFacts is null ? rightName : leftName)}");
                continue;
            }

            var onlyLeft = leftFacts.Except(rightFacts).ToList();
            var onlyRight = rightFacts.Except(leftFacts).ToList();
            if (onlyLeft.Count + onlyRight.Count == 0)
            {
                continue;
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"table {table}:");
            onlyLeft.ForEach(fact => report.AppendLine(CultureInfo.InvariantCulture, $"  only in {leftName}: {fact}"));
            onlyRight.ForEach(fact => report.AppendLine(CultureInfo.InvariantCulture, $"  only in {rightName}: {fact}"));
        }

        return report.ToString();
    }

    private static bool IsIgnored(string table) =>
        IgnoredTables.Contains(table) || table.StartsWith(QuartzPrefix, StringComparison.OrdinalIgnoreCase);

    private SortedSet<string> FactsOf(string table) =>
        _tables.TryGetValue(table, out var facts) ? facts : _tables[table] = new(StringComparer.Ordinal);

    private static async Task AddColumnsAsync(SqliteConnection connection, string table, SortedSet<string> facts)
    {
        var columns = await QueryAsync(
            connection,
            "SELECT cid, name, upper(type), \"notnull\", pk, dflt_value FROM pragma_table_info($arg)",
            table);
        foreach (var c in columns)
        {
            facts.Add(
                $"column #{c[0]} {c[1]} {c[2]} {((long)c[3]! == 1 ? "NOT NULL" : "NULL")}" +
                $"{((long)c[4]! > 0 ? $" primary key #{c[4]}" : "")}{(c[5] is null ? "" : $" default {c[5]}")}");
        }
    }

    private static async Task AddIndexesAsync(
        SqliteConnection connection,
        string table,
        IReadOnlyList<object?[]> objects,
        SortedSet<string> facts)
    {
        var indexes = await QueryAsync(connection, "SELECT name, \"unique\", origin FROM pragma_index_list($arg)", table);
        foreach (var index in indexes)
        {
            var name = (string)index[0]!;
            var origin = (string)index[2]!;
            if (origin == "pk")
            {
                continue; // covered by the columns' primary key positions
            }

            var columns = await QueryAsync(
                connection,
                "SELECT name FROM pragma_index_info($arg) ORDER BY seqno",
                name);
            var columnList = string.Join(", ", columns.Select(c => c[0]));
            var unique = (long)index[1]! == 1 ? "unique " : "";

            // Indexes SQLite made for UNIQUE constraints have generated names; compare those by columns only.
            if (origin == "u")
            {
                facts.Add($"unique constraint ({columnList})");
                continue;
            }

            var sql = (string?)objects.First(o => (string)o[1]! == name)[3] ?? "";
            var where = WhereClause().Match(sql);
            var filter = where.Success ? $" where {Normalize(where.Groups[1].Value)}" : "";
            facts.Add($"{unique}index {name} ({columnList}){filter}");
        }
    }

    private static async Task AddForeignKeysAsync(SqliteConnection connection, string table, SortedSet<string> facts)
    {
        var rows = await QueryAsync(
            connection,
            "SELECT id, \"from\", \"table\", \"to\", on_delete, on_update FROM pragma_foreign_key_list($arg) ORDER BY id, seq",
            table);
        foreach (var key in rows.GroupBy(r => (long)r[0]!))
        {
            var first = key.First();
            facts.Add(
                $"foreign key ({string.Join(", ", key.Select(r => r[1]))}) references {first[2]} " +
                $"({string.Join(", ", key.Select(r => r[3]))}) on delete {first[4]} on update {first[5]}");
        }
    }

    private static string Normalize(string sql) => Whitespace().Replace(sql, " ").Trim().TrimEnd(';').Trim();

    private static async Task<IReadOnlyList<object?[]>> QueryAsync(
        DbConnection connection,
        string sql,
        string? argument = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (argument is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$arg";
            parameter.Value = argument;
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var values = new object?[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(values);
        }

        return rows;
    }

    [GeneratedRegex(@"\bWHERE\b(.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex WhereClause();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
