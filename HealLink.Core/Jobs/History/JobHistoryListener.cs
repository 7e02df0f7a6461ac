using HealLink.Core.Hosting;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartz;

namespace HealLink.Core.Jobs.History;

/// <summary>
/// Writes down every run of every job, in both schedulers, as one <see cref="JobExecution"/> row. A row that cannot be
/// written (the database busy past its timeout) is logged and lost: the history must never stop a job or the scheduler.
/// </summary>
internal sealed partial class JobHistoryListener(
    IDbContextFactory<HealLinkDbContext> contexts,
    ProcessIdentity process,
    TimeProvider timeProvider,
    ILogger<JobHistoryListener> logger) : IJobListener
{
    public string Name => "heallink-job-history";

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var finished = timeProvider.GetUtcNow();
        var result = jobException is not null
            ? JobResult.Failed(jobException.InnerException ?? jobException)
            : context.Result as JobResult ?? JobResult.Succeeded;
        var run = new JobExecution
        {
            Scheduler = context.Scheduler.SchedulerName,
            JobGroup = context.JobDetail.Key.Group,
            JobName = context.JobDetail.Key.Name,

            // One-shot triggers say what they are for in their description; their names may carry a person's id.
            Trigger = context.Trigger.Description ?? context.Trigger.Key.Name,
            ProcessId = process.Id,
            StartedAt = finished - context.JobRunTime,
            FinishedAt = finished,
            Outcome = result.Outcome,
            FailureType = result.FailureType,
            FailureMessage = result.FailureMessage,
        };

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.JobExecutions.Add(run);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The scheduler is shutting down; a run cut short by it is picked up by the next one anyway.
        }
        catch (Exception exception)
        {
            LogNotRecorded(logger, exception, context.JobDetail.Key.ToString(), exception.GetType().Name);
        }
    }

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record a run of job {Job} in the job history ({ExceptionType})")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception, string job, string exceptionType);
}
