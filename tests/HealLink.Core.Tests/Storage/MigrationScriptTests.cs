using HealLink.Core.Storage;
using HealLink.Core.Storage.Migrations;

namespace HealLink.Core.Tests.Storage;

public sealed class MigrationScriptTests
{
    [Fact]
    public void Parse_WellFormedName_ReadsVersionAndName()
    {
        var sut = MigrationScript.Parse("0042_add_matches_v2.sql", "SELECT 1;");

        Assert.Equal(42, sut.Version);
        Assert.Equal("add_matches_v2", sut.Name);
        Assert.Equal("0042_add_matches_v2.sql", sut.FileName);
    }

    [Theory]
    [InlineData("1_initial.sql")]
    [InlineData("00001_initial.sql")]
    [InlineData("0001-initial.sql")]
    [InlineData("0001_.sql")]
    [InlineData("0001_Initial.sql")]
    [InlineData("0001_initial.SQL")]
    [InlineData("0001_initial.txt")]
    [InlineData("0000_zero.sql")]
    [InlineData("initial.sql")]
    [InlineData("old.0001_initial.sql")]
    public void Parse_MalformedName_FailsNamingTheFile(string fileName)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => MigrationScript.Parse(fileName, "SELECT 1;"));

        Assert.Contains($"'{fileName}' is malformed: expected NNNN_name.sql", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WindowsLineEndings_SameChecksumAsUnix()
    {
        var unix = MigrationScript.Parse("0001_a.sql", "CREATE TABLE a (id INTEGER);\nCREATE TABLE b (id INTEGER);\n");

        var sut = MigrationScript.Parse("0001_a.sql", "CREATE TABLE a (id INTEGER);\r\nCREATE TABLE b (id INTEGER);\r\n");

        Assert.Equal(unix.Checksum, sut.Checksum);
        Assert.Matches("^[0-9a-f]{64}$", sut.Checksum);
    }

    [Fact]
    public void Parse_OneCharacterChanged_DifferentChecksum()
    {
        var original = MigrationScript.Parse("0001_a.sql", "CREATE TABLE a (id INTEGER);");

        var sut = MigrationScript.Parse("0001_a.sql", "CREATE TABLE a (id INTEGER) ;");

        Assert.NotEqual(original.Checksum, sut.Checksum);
    }

    [Fact]
    public void LoadEmbedded_Sqlite_StartsWithInitialAndIsOrdered()
    {
        var sut = MigrationScriptSet.LoadEmbedded(DatabaseProvider.Sqlite);

        var versions = sut.InOrder.Select(s => s.Version).ToList();
        Assert.Equal("0001_initial.sql", sut.InOrder.First().FileName);
        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
        Assert.Equal(versions[^1], sut.LatestVersion);
    }

    [Fact]
    public void Constructor_TwoScriptsShareVersion_FailsNamingBoth()
    {
        var scripts = new[] { MigrationScript.Parse("0002_a.sql", ""), MigrationScript.Parse("0002_b.sql", "") };

        var exception = Assert.Throws<InvalidOperationException>(() => new MigrationScriptSet(scripts));

        Assert.Contains("0002_a.sql and 0002_b.sql", exception.Message, StringComparison.Ordinal);
    }
}
