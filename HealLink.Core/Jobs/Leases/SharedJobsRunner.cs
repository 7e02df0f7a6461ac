using HealLink.Core.Hosting;
using HealLink.Core.Service.Leadership;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealLink.Core.Jobs.Leases;

/// <summary>
/// Runs the shared scheduler: in every process at once on PostgreSQL, in one process at a time on SQLite
/// (<see cref="SharedJobStore"/>).
/// </summary>
/// <remarks>
/// <para>
/// PostgreSQL: Quartz's store is clustered, so every process starts its scheduler as soon as it can and keeps it
/// running; Quartz itself fires each trigger once across the cluster and recovers a dead node's work. No lease.
/// </para>
/// <para>
/// SQLite: Quartz refuses to run clustered on SQLite, and two non-clustered schedulers started on one store would
/// each, on start-up, "recover" the other's in-flight triggers and fire them again. So processes take turns by
/// lease: the holder starts the scheduler and renews the lease every third of its duration; the others keep theirs
/// in standby, where it can still store work for the holder to fire. A holder that cannot renew in time goes to
/// standby before the lease can pass to anyone else.
/// </para>
/// </remarks>
internal sealed partial class SharedJobsRunner(
    SharedJobStore store,
    SharedScheduler shared,
    LeaderElection leadership,
    ProcessIdentity process,
    ISchedulerRuntime runtime,
    IOptions<JobsOptions> options,
    TimeProvider timeProvider,
    ILogger<SharedJobsRunner> logger)
{
    // The process's own id, so the health page can tell which process runs the shared jobs.
    private readonly string _holder = process.Id;
    private readonly TaskCompletionSource _firstStart = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _heldUntil;
    private bool _needsNewScheduler;
    private volatile bool _running;

    /// <summary>Completes the first time this process starts running the shared jobs.</summary>
    public Task FirstStart => _firstStart.Task;

    public bool IsRunning => _running;

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        // Clustered, a turn is the one start, tried again until it succeeds; on SQLite, a turn at the lease.
        var turnEvery = store.Clustered ? options.Value.PollInterval : options.Value.LeaseDuration / 3;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (store.Clustered)
                {
                    await StartAsync();
                    return;
                }

                await TakeTurnAsync(turnEvery, stoppingToken);
                await Task.Delay(turnEvery, timeProvider, stoppingToken);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping: whatever the stop cut short is not a failure (Quartz wraps a cancellation in a SchedulerException).
                return;
            }
            catch (Exception exception)
            {
                // A scheduler that would not start or pause must not stop the bot: try again next turn.
                LogTurnFailed(logger, exception, exception.GetType().Name);
                await Task.Delay(turnEvery, timeProvider, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Stops firing (waiting for running jobs) and, on SQLite, lets another process take over at once.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (shared.Built is { } scheduler)
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }

        if (_running)
        {
            _running = false;
            if (!store.Clustered)
            {
                await leadership.ResignAsync(JobLease.SharedScheduler, _holder, cancellationToken);
            }
        }
    }

    private async Task TakeTurnAsync(TimeSpan renewEvery, CancellationToken cancellationToken)
    {
        bool held;
        try
        {
            held = await leadership.TryLeadAsync(JobLease.SharedScheduler, _holder, options.Value.LeaseDuration, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogLeaseUnreadable(logger, exception, exception.GetType().Name);

            // Standby before the lease can expire: by the next attempt another process may hold it.
            if (_running && timeProvider.GetUtcNow() + renewEvery >= _heldUntil)
            {
                await StandbyAsync(cancellationToken);
            }

            return;
        }

        if (held)
        {
            _heldUntil = timeProvider.GetUtcNow() + options.Value.LeaseDuration;
            if (!_running)
            {
                await StartAsync();
            }
        }
        else if (_running)
        {
            await StandbyAsync(cancellationToken);
        }
    }

    // Not cancellable: these are a few quick transactions on the store, and a stop arriving halfway through one
    // made Quartz roll back with the cancelled token, which it then logged as a failed rollback.
    private async Task StartAsync()
    {
        var rebuild = _needsNewScheduler;

        // Whatever happens from here, the next start (after a standby or a failure) builds a new scheduler.
        _needsNewScheduler = true;
        IScheduler scheduler;
        if (rebuild)
        {
            // Back from standby, or after a start that failed: a fresh scheduler. Its start-up recovery frees what a
            // holder that died in the meantime left acquired (a resumed one recovers nothing), and Quartz never
            // builds a second time a scheduler whose first build failed (the database was busy or unreadable).
            scheduler = await runtime.Restart(JobSchedules.Shared, SchedulerRestartOptions.WithoutStarting, CancellationToken.None);
            shared.Replace(scheduler);
        }
        else
        {
            scheduler = await shared.GetAsync(CancellationToken.None);
        }

        await scheduler.Start(CancellationToken.None);
        _running = true;
        LogRunning(logger, _holder);
        await JobSchedules.OnSharedStartAsync(scheduler, options.Value, timeProvider, CancellationToken.None);
        _firstStart.TrySetResult();
    }

    private async Task StandbyAsync(CancellationToken cancellationToken)
    {
        _running = false;
        await (await shared.GetAsync(cancellationToken)).Standby(cancellationToken);
        LogStandby(logger, _holder);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "This process ({Holder}) now runs the shared jobs")]
    private static partial void LogRunning(ILogger logger, string holder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "This process ({Holder}) lost the shared jobs' lease and stopped running them; another process runs them now")]
    private static partial void LogStandby(ILogger logger, string holder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Starting or pausing the shared jobs failed ({ExceptionType}); trying again shortly")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read or renew the shared jobs' lease ({ExceptionType}); trying again shortly")]
    private static partial void LogLeaseUnreadable(ILogger logger, Exception exception, string exceptionType);
}
