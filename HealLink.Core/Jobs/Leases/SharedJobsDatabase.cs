using System.Data.Common;
using HealLink.Core.Storage;
using Microsoft.Data.Sqlite;

namespace HealLink.Core.Jobs.Leases;

/// <summary>
/// Where the shared scheduler keeps its work: the application's database file, waiting as long for another
/// process's write as the application does (Microsoft.Data.Sqlite retries a busy database for the command timeout).
/// </summary>
/// <remarks>
/// Made from configuration when the jobs are registered, not read from a container: a scheduler rebuilt after the
/// lease was lost and taken back (see <see cref="SharedJobsRunner"/>) is built in a container of Quartz's own,
/// where <see cref="DatabaseOptions"/> held its defaults, and that scheduler looked for the default file.
/// </remarks>
internal sealed class SharedJobsDatabase(DatabaseOptions database)
{
    public DbDataSource CreateDataSource()
    {
        var connectionString = new SqliteConnectionStringBuilder(database.ConnectionString)
        {
            DefaultTimeout = database.BusyTimeoutSeconds,
        };
        return SqliteFactory.Instance.CreateDataSource(connectionString.ToString());
    }
}
