using Npgsql;

namespace HealLink.Core.Tests.Storage;

/// <summary>The same facts read from PostgreSQL's catalogue: columns, constraints and indexes of the public schema.</summary>
internal sealed partial class SchemaSnapshot
{
    private const string PostgresColumnsSql = """
        SELECT table_name, ordinal_position, column_name, data_type, character_maximum_length, is_nullable,
               column_default, is_identity
        FROM information_schema.columns
        WHERE table_schema = 'public'
        """;

    private const string PostgresConstraintsSql = """
        SELECT c.conrelid::regclass::text, c.contype::text, pg_get_constraintdef(c.oid)
        FROM pg_constraint c
        WHERE c.connamespace = 'public'::regnamespace AND c.conrelid <> 0
        """;

    // Indexes that back a constraint (primary keys, unique constraints) are described by their constraint.
    private const string PostgresIndexesSql = """
        SELECT i.tablename, i.indexname, i.indexdef
        FROM pg_indexes i
        WHERE i.schemaname = 'public'
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.connamespace = 'public'::regnamespace)
        """;

    private static async Task<SchemaSnapshot> ReadPostgresAsync(NpgsqlConnection connection, Func<string, bool> include)
    {
        var snapshot = new SchemaSnapshot();
        bool Described(string table) => !IsIgnored(table) && include(table);

        foreach (var c in await QueryAsync(connection, PostgresColumnsSql))
        {
            var table = (string)c[0]!;
            if (!Described(table))
            {
                continue;
            }

            var length = c[4] is null ? "" : $"({c[4]})";
            var identity = (string)c[7]! == "YES" ? " identity" : "";
            var defaultValue = c[6] is null ? "" : $" default {c[6]}";
            snapshot.FactsOf(table).Add(
                $"column #{c[1]} {c[2]} {c[3]}{length} {((string)c[5]! == "YES" ? "NULL" : "NOT NULL")}{identity}{defaultValue}");
        }

        foreach (var c in await QueryAsync(connection, PostgresConstraintsSql))
        {
            var table = (string)c[0]!;
            if (Described(table))
            {
                snapshot.FactsOf(table).Add($"constraint {c[1]} {c[2]}");
            }
        }

        foreach (var i in await QueryAsync(connection, PostgresIndexesSql))
        {
            var table = (string)i[0]!;
            if (Described(table))
            {
                snapshot.FactsOf(table).Add($"index {i[1]}: {Normalize((string)i[2]!)}");
            }
        }

        return snapshot;
    }
}
