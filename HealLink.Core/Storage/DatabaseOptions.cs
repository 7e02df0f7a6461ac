using Microsoft.Extensions.Configuration;

namespace HealLink.Core.Storage;

/// <summary>
/// Bound from the <c>Database</c> section; <see cref="ConnectionString"/> comes from
/// <c>ConnectionStrings:HealLink</c>.
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string ConnectionStringName = "HealLink";

    /// <summary>Relative to the working directory, so the bot and the admin panel started side by side share it.</summary>
    public const string DefaultConnectionString = "Data Source=data/heallink.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary>How long a connection waits for another process's write to finish before giving up.</summary>
    public int BusyTimeoutSeconds { get; set; } = 30;

    /// <summary>The connection string configured under <c>ConnectionStrings:HealLink</c>, or the default.</summary>
    public static string ConnectionStringIn(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString;

    /// <summary>
    /// The values the application's options bind, read straight from configuration for a reader that cannot ask
    /// the application's container (see <c>SharedJobStore</c>).
    /// </summary>
    public static DatabaseOptions From(IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        configuration.GetSection(SectionName).Bind(options);
        options.ConnectionString = ConnectionStringIn(configuration);
        return options;
    }
}
