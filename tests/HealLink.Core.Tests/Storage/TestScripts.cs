using HealLink.Core.Storage.Migrations;

namespace HealLink.Core.Tests.Storage;

internal static class TestScripts
{
    /// <summary>The versions HealLink ships for the suite's provider; test scripts use 9001 and up so they never collide with them.</summary>
    public static IReadOnlyList<int> ShippedVersions =>
        [.. MigrationScriptSet.LoadEmbedded(TestDatabase.SuiteProvider).InOrder.Select(s => s.Version)];

    /// <summary>The shipped migrations of the suite's provider followed by <paramref name="extra"/> ones.</summary>
    public static MigrationScriptSet EmbeddedPlus(params (string FileName, string Sql)[] extra) =>
        new(MigrationScriptSet.LoadEmbedded(TestDatabase.SuiteProvider).InOrder
            .Concat(extra.Select(script => MigrationScript.Parse(script.FileName, script.Sql))));
}
