using HealLink.Core.Storage;

namespace HealLink.Core.Tests.Storage;

[Trait("Database", "Sqlite")]
public sealed class DatabaseOptionsValidatorTests
{
    private readonly DatabaseOptionsValidator _sut = new();

    [Fact]
    public void Validate_PostgresWithTheSqliteDefault_AsksForTheServerAndDatabase()
    {
        var result = _sut.Validate(null, new DatabaseOptions { Provider = DatabaseProvider.Postgres });

        Assert.Equal(
            "Database:Provider is 'Postgres', so ConnectionStrings:HealLink must name the server and database " +
            "(Host=...;Database=...;Username=...;Password=...), not the SQLite default.",
            result.FailureMessage);
    }

    [Theory]
    [InlineData("Host=db.internal;Username=heallink", "must name both the server (Host=...) and the database (Database=...)")]
    [InlineData("Host=db.internal;Database=heallink;Colour=blue", "is not a valid PostgreSQL connection string")]
    public void Validate_PostgresConnectionStringIncomplete_SaysWhatIsMissing(string connectionString, string expected)
    {
        var result = _sut.Validate(null, new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString });

        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PostgresServerAndDatabaseNamed_Succeeds()
    {
        var result = _sut.Validate(
            null,
            new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=db.internal;Database=heallink;Username=heallink" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_UndefinedProvider_Fails()
    {
        var result = _sut.Validate(null, new DatabaseOptions { Provider = (DatabaseProvider)42 });

        Assert.Contains("Database:Provider '42' is unknown", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_EmptyConnectionString_Fails(string connectionString)
    {
        var result = _sut.Validate(null, new DatabaseOptions { ConnectionString = connectionString });

        Assert.Equal(
            "ConnectionStrings:HealLink is empty; remove it to use the default 'Data Source=data/heallink.db', or " +
            "name a database file.",
            result.FailureMessage);
    }

    [Fact]
    public void Validate_UnknownKeyword_FailsAsInvalidConnectionString()
    {
        var result = _sut.Validate(null, new DatabaseOptions { ConnectionString = "Server=db;Database=heallink" });

        Assert.Contains(
            "ConnectionStrings:HealLink is not a valid SQLite connection string",
            result.FailureMessage,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=heallink;Mode=Memory;Cache=Shared")]
    [InlineData("Data Source=")]
    public void Validate_NoDatabaseFile_Fails(string connectionString)
    {
        var result = _sut.Validate(null, new DatabaseOptions { ConnectionString = connectionString });

        Assert.Contains("ConnectionStrings:HealLink must name a database file", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(601)]
    public void Validate_BusyTimeoutOutOfRange_Fails(int seconds)
    {
        using var database = new TestDatabase();

        var result = _sut.Validate(null, Options(database.ConnectionString, seconds));

        Assert.Equal($"Database:BusyTimeoutSeconds must be between 1 and 600 (was {seconds}).", result.FailureMessage);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(600)]
    public void Validate_BusyTimeoutAtLimits_Succeeds(int seconds)
    {
        using var database = new TestDatabase();

        var result = _sut.Validate(null, Options(database.ConnectionString, seconds));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_MissingDirectory_CreatesIt()
    {
        using var database = new TestDatabase();
        var directory = Path.Combine(database.DirectoryPath, "data", "nested");

        var result = _sut.Validate(null, Options($"Data Source={Path.Combine(directory, "heallink.db")}"));

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.True(Directory.Exists(directory));
    }

    [Fact]
    public void Validate_DirectoryCannotBeCreated_FailsNamingIt()
    {
        using var database = new TestDatabase();
        var blocker = Path.Combine(database.DirectoryPath, "a-file");
        File.WriteAllText(blocker, "");
        var directory = Path.Combine(blocker, "data");

        var result = _sut.Validate(null, Options($"Data Source={Path.Combine(directory, "heallink.db")}"));

        Assert.Contains(
            $"Cannot create the directory '{directory}' for the database file",
            result.FailureMessage,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEach()
    {
        var result = _sut.Validate(null, new DatabaseOptions { ConnectionString = "", BusyTimeoutSeconds = 0 });

        Assert.Equal(2, result.Failures!.Count());
    }

    private static DatabaseOptions Options(string connectionString, int busyTimeoutSeconds = 30) =>
        new() { ConnectionString = connectionString, BusyTimeoutSeconds = busyTimeoutSeconds };
}
