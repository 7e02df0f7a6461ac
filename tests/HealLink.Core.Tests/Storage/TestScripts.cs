using HealLink.Core.Storage;
using HealLink.Core.Storage.Migrations;

namespace HealLink.Core.Tests.Storage;

internal static class TestScripts
{
    /// <summary>The versions HealLink ships; test scripts use 9001 and up so they never collide with them.</summary>
    public static IReadOnlyList<int> ShippedVersions { get; } =
        [.. MigrationScriptSet.LoadEmbedded(DatabaseProvider.Sqlite).InOrder.Select(s => s.Version)];

    /// <summary>The shipped SQLite migrations followed by <paramref name="extra"/> ones.</summary>
    public static MigrationScriptSet EmbeddedPlus(params (string FileName, string Sql)[] extra) =>
        new(MigrationScriptSet.LoadEmbedded(DatabaseProvider.Sqlite).InOrder
            .Concat(extra.Select(script => MigrationScript.Parse(script.FileName, script.Sql))));
}
