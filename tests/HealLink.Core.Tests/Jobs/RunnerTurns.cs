using HealLink.Core.Jobs.Leases;
using Microsoft.Extensions.Logging;

namespace HealLink.Core.Tests.Jobs;

/// <summary>
/// Marks in a <see cref="RunLog"/> each time one process starts or stops running the shared jobs, read from the
/// lines its runner logs for an operator, so the order of turns across processes is recorded as it happened; and
/// counts the process's writes to the lease table (EF Core logs each command), to know it has really asked.
/// </summary>
internal sealed class RunnerTurns(string process, RunLog log) : ILoggerProvider
{
    private static readonly string RunnerCategory = typeof(SharedJobsRunner).FullName!;
    private const string CommandCategory = "Microsoft.EntityFrameworkCore.Database.Command";

    private int _leaseWrites;

    /// <summary>How many times this process asked the database for the lease (or renewed or released it).</summary>
    public int LeaseWrites => Volatile.Read(ref _leaseWrites);

    public static string Runs(string process) => $"{process} runs";

    public static string Standby(string process) => $"{process} standby";

    /// <summary>The test's mark that it is about to stop the process: from then on it may release the lease.</summary>
    public static string Stops(string process) => $"{process} stops";

    /// <summary>The most processes running the shared jobs at one time over the recorded run.</summary>
    public static int MostRunningAtOnce(IEnumerable<string> events)
    {
        var running = new HashSet<string>();
        var most = 0;
        foreach (var e in events)
        {
            var (process, turn) = (e[..e.LastIndexOf(' ')], e[(e.LastIndexOf(' ') + 1)..]);
            if (turn == "runs")
            {
                running.Add(process);
            }
            else if (turn is "standby" or "stops")
            {
                running.Remove(process);
            }

            most = Math.Max(most, running.Count);
        }

        return most;
    }

    public ILogger CreateLogger(string categoryName) => categoryName switch
    {
        _ when categoryName == RunnerCategory => new Logger(line => OnRunnerLine(line)),
        CommandCategory => new Logger(line => OnCommand(line)),
        _ => Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance,
    };

    public void Dispose()
    {
    }

    private void OnRunnerLine(string line)
    {
        if (line.Contains("now runs the shared jobs", StringComparison.Ordinal))
        {
            log.Mark(Runs(process));
        }
        else if (line.Contains("stopped running them", StringComparison.Ordinal))
        {
            log.Mark(Standby(process));
        }
    }

    private void OnCommand(string line)
    {
        // Taking or renewing is an upsert (LeaderElection.TryLeadAsync), letting go an update.
        if (line.Contains("INSERT INTO job_leases", StringComparison.Ordinal) || line.Contains("UPDATE \"job_leases\"", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _leaseWrites);
        }
    }

    private sealed class Logger(Action<string> onLine) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            onLine(formatter(state, exception));
    }
}
