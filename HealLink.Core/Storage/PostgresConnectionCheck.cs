using Npgsql;

namespace HealLink.Core.Storage;

/// <summary>What start-up asks of a PostgreSQL connection string before anything connects with it.</summary>
internal static class PostgresConnectionCheck
{
    public static string? Validate(string connectionString, string settingName)
    {
        if (string.IsNullOrWhiteSpace(connectionString) || connectionString == DatabaseOptions.DefaultConnectionString)
        {
            return $"{DatabaseOptions.SectionName}:Provider is 'Postgres', so {settingName} must name the server and " +
                "database (Host=...;Database=...;Username=...;Password=...), not the SQLite default.";
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException)
        {
            return $"{settingName} is not a valid PostgreSQL connection string: {exception.Message}";
        }

        if (string.IsNullOrWhiteSpace(builder.Host) || string.IsNullOrWhiteSpace(builder.Database))
        {
            return $"{settingName} must name both the server (Host=...) and the database (Database=...).";
        }

        return null;
    }
}
