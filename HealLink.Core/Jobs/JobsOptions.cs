using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace HealLink.Core.Jobs;

/// <summary>When the background jobs run. Section: <c>Jobs</c>; the schedules themselves are in <see cref="JobSchedules"/>.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>
    /// Off: this process runs no jobs (work asked of the shared scheduler still goes into the database, for a process
    /// that runs them). Matching then embeds whatever is missing when a mentee searches.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Quartz cron (seconds first), in the server's time zone. Default: 03:30 every night.</summary>
    public string NightlyReEmbedCron { get; set; } = "0 30 3 * * ?";

    /// <summary>
    /// Quartz cron: when delivered messages and receipts past <c>Retention</c>, and relayed messages past
    /// <c>Connections:MessageRetention</c>, are removed. Default: 04:00.
    /// </summary>
    public string NightlyPruneCron { get; set; } = "0 0 4 * * ?";

    /// <summary>Re-embed whatever is stale once when this process starts running the shared jobs (a new model, say).</summary>
    public bool ReEmbedOnStart { get; set; } = true;

    /// <summary>Intros embedded, then stored in one transaction, at a time: the write lock is never held while embedding.</summary>
    [Range(1, 1000)]
    public int ReEmbedBatchSize { get; set; } = 32;

    /// <summary>How often every process reads vectors written by others into its intro index.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan IndexRefreshInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How often every process checks whether its in-process language model has idled past <c>Llm:IdleUnloadAfter</c>;
    /// it is unloaded at most this much later than that.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan IdleModelCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How soon a mentee waiting for a mentor hears that one who fits them has been approved.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan NotifyWaitingMenteesInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How late, at most, an unanswered request expires, its mentor is reminded, or a mentee is checked in with
    /// (<c>Connections:*</c> says when each is due).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ConnectionTimingInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How soon the shared scheduler notices work another process added (its own it hears of at once). Quartz's idle
    /// wait, which it wants at least a second.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Runs of each job kept in the job history for each way a run ends (succeeded, failed, cancelled); the nightly
    /// prune removes older ones. By count, because the index refresh runs every few seconds in every process.
    /// </summary>
    [Range(1, 100_000)]
    public int HistoryRunsKept { get; set; } = 100;

    /// <summary>
    /// How often stored values not under the current encryption key are re-encrypted (also once when this process starts
    /// running the shared jobs): after <c>keys rotate</c>, older keys can be removed once a run has finished.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan ReEncryptInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// SQLite only: how long the process running the shared jobs may go silent before another takes over (on
    /// PostgreSQL every process runs them, see <see cref="ClusterCheckinInterval"/>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// PostgreSQL only: how often each process records in Quartz's tables that its shared scheduler is alive. A
    /// process silent for this plus <see cref="ClusterCheckinMisfireThreshold"/> is taken for dead, and the shared
    /// jobs it was running are run again by another (each job does only what is still owed).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// PostgreSQL only: how late past its check-in a process may be before it is taken for dead. Longer than the
    /// worst pause a live process may have (a garbage collection, a database failover), or its running jobs are run
    /// twice; a dead process's jobs wait this long plus the interval.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The values the application's options bind, read straight from configuration for a reader that cannot ask
    /// the application's container (see <see cref="SharedJobStore"/>).
    /// </summary>
    public static JobsOptions From(IConfiguration configuration)
    {
        var options = new JobsOptions();
        configuration.GetSection(SectionName).Bind(options);
        return options;
    }
}
