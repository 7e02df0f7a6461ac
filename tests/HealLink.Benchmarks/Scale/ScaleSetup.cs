using HealLink.Core.Storage;

namespace HealLink.Benchmarks.Scale;

/// <summary>One row of the scale table: a database and how many bot processes share it behind the balancer.</summary>
internal sealed record ScaleSetup(DatabaseProvider Provider, int Instances)
{
    /// <summary>The rows, in the order of the first round; the SQLite row is every row's baseline.</summary>
    public static IReadOnlyList<ScaleSetup> All { get; } =
    [
        new(DatabaseProvider.Sqlite, 1),
        new(DatabaseProvider.Postgres, 1),
        new(DatabaseProvider.Postgres, 2),
        new(DatabaseProvider.Postgres, 3),
    ];

    public bool IsBaseline => Provider == DatabaseProvider.Sqlite;

    public string Name => Provider == DatabaseProvider.Sqlite
        ? "SQLite, 1 instance"
        : $"PostgreSQL, {Instances} instance{(Instances == 1 ? "" : "s")}";
}
