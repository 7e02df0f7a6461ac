using HealLink.Core.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using Quartz;

namespace HealLink.Core.Jobs;

/// <summary>
/// Where the shared scheduler keeps its work, by <c>Database:Provider</c>, and so how processes share it:
/// <list type="bullet">
/// <item>SQLite (the embedded default): the application's file, waiting as long for another process's write as the
/// application does (Microsoft.Data.Sqlite retries a busy database for the command timeout). Quartz refuses to
/// cluster on SQLite, so processes take turns by lease (<see cref="Leases.SharedJobsRunner"/>).</item>
/// <item>PostgreSQL: Quartz's ADO store, clustered. Every process runs the shared scheduler at once; Quartz's row
/// locks (<c>qrtz_locks</c>) let one node fire each trigger, and each node's check-in
/// (<c>qrtz_scheduler_state</c>) lets the others recover the work of one that stops checking in.</item>
/// </list>
/// </summary>
/// <remarks>
/// Made from configuration when the jobs are registered, not read from a container: a scheduler rebuilt after the
/// lease was lost and taken back (see <see cref="Leases.SharedJobsRunner"/>) is built in a container of Quartz's own,
/// where <see cref="DatabaseOptions"/> held its defaults, and that scheduler looked for the default file. The cluster's
/// timings are read the same way, when Quartz first asks for them (after <see cref="JobsOptions"/> were validated).
/// </remarks>
internal sealed class SharedJobStore(DatabaseOptions database, Func<JobsOptions> jobs)
{
    /// <summary>True on PostgreSQL: every process runs the shared jobs, with no lease.</summary>
    public bool Clustered => database.Provider == DatabaseProvider.Postgres;

    public void Configure(IPersistentStoreBuilder store)
    {
        if (!Clustered)
        {
            store.UseSqlite(source => source.DataSourceFactory = _ => SqliteFactory.Instance.CreateDataSource(
                new SqliteConnectionStringBuilder(database.ConnectionString) { DefaultTimeout = database.BusyTimeoutSeconds }.ToString()));
            return;
        }

        store.UsePostgres(source => source.DataSourceFactory = _ => NpgsqlDataSource.Create(database.ConnectionString));

        // A node is given up for dead (and its running jobs that request recovery run again elsewhere) once it has
        // missed its check-in by the threshold. Quartz gives each node its own instance id (see AddSharedScheduler).
        store.UseClustering(cluster =>
        {
            var options = jobs();
            cluster.CheckinInterval = options.ClusterCheckinInterval;
            cluster.CheckinMisfireThreshold = options.ClusterCheckinMisfireThreshold;
        });
    }
}
