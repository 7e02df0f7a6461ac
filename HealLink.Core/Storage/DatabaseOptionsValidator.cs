using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Storage;

internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public const int MinBusyTimeoutSeconds = 1;
    public const int MaxBusyTimeoutSeconds = 600;

    private const string ConnectionStringKey = $"ConnectionStrings:{DatabaseOptions.ConnectionStringName}";

    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (!Enum.IsDefined(options.Provider))
        {
            return ValidateOptionsResult.Fail(
                $"{DatabaseOptions.SectionName}:Provider '{options.Provider}' is unknown; use 'Sqlite' (the default) or 'Postgres'.");
        }

        if (options.Provider == DatabaseProvider.Postgres)
        {
            return PostgresConnectionCheck.Validate(options.ConnectionString, ConnectionStringKey) is { } failure
                ? ValidateOptionsResult.Fail(failure)
                : ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (options.BusyTimeoutSeconds is < MinBusyTimeoutSeconds or > MaxBusyTimeoutSeconds)
        {
            failures.Add(
                $"{DatabaseOptions.SectionName}:BusyTimeoutSeconds must be between {MinBusyTimeoutSeconds} and " +
                $"{MaxBusyTimeoutSeconds} (was {options.BusyTimeoutSeconds}).");
        }

        if (ValidateSqliteFile(options.ConnectionString) is { } fileFailure)
        {
            failures.Add(fileFailure);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? ValidateSqliteFile(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return $"{ConnectionStringKey} is empty; remove it to use the default " +
                $"'{DatabaseOptions.DefaultConnectionString}', or name a database file.";
        }

        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException)
        {
            return $"{ConnectionStringKey} is not a valid SQLite connection string: {exception.Message}";
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource)
            || builder.Mode == SqliteOpenMode.Memory
            || builder.DataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase))
        {
            return $"{ConnectionStringKey} must name a database file (Data Source=...): an in-memory or temporary " +
                "database is neither shared by the bot and the admin panel nor kept across restarts.";
        }

        return EnsureDirectory(builder.DataSource);
    }

    // Created here rather than left to the first open, so a bad path or missing permission is reported at start-up
    // with the directory named, instead of SQLite's bare "unable to open database file" later.
    private static string? EnsureDirectory(string dataSource)
    {
        string? directory = null;
        try
        {
            directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException
            or NotSupportedException)
        {
            return $"Cannot create the directory '{directory ?? dataSource}' for the database file named by " +
                $"{ConnectionStringKey}: {exception.Message}";
        }
    }
}
