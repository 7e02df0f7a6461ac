using System.Diagnostics;
using HealLink.Core.Jobs.History;
using Microsoft.Extensions.Logging;
using Quartz;

namespace HealLink.Core.Jobs;

/// <summary>
/// The base of every HealLink job: one bad run is logged and ends there, so it never reaches the scheduler as an
/// unhandled failure and the next run happens as scheduled. The log names the job and the exception's type and
/// message; jobs must not put what people wrote (intros, messages) into exception messages. How the run ended is left
/// in the context's result for the job history (<see cref="JobHistoryListener"/>), which Quartz would otherwise see
/// as a success.
/// </summary>
public abstract partial class HealLinkJob(ILogger logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.JobDetail.Key.ToString();
        var started = Stopwatch.GetTimestamp();
        try
        {
            await RunAsync(context, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the work is idempotent and the next run picks it up.
            LogCancelled(logger, job);
            context.Result = JobResult.Cancelled;
        }
        catch (Exception exception)
        {
            LogFailed(logger, exception, job, Stopwatch.GetElapsedTime(started), exception.GetType().Name, exception.Message);
            context.Result = JobResult.Failed(exception);
        }
    }

    protected abstract Task RunAsync(IJobExecutionContext context, CancellationToken cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed after {Elapsed}: {ExceptionType}: {ExceptionMessage}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job, TimeSpan elapsed, string exceptionType, string exceptionMessage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} was cancelled by shutdown")]
    private static partial void LogCancelled(ILogger logger, string job);
}
