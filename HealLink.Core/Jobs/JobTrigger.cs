using HealLink.Core.Jobs.Leases;
using HealLink.Core.Matching.Flow;
using HealLink.Core.Service.Logging;
using Microsoft.Extensions.Logging;
using Quartz;

namespace HealLink.Core.Jobs;

/// <summary>
/// Stores one-shot triggers in the shared scheduler. This works whether or not this process runs the shared jobs:
/// the trigger is a row in the database, and the process that runs them fires it (at once when it is this one,
/// within <see cref="JobsOptions.PollInterval"/> otherwise).
/// </summary>
internal sealed partial class JobTrigger(SharedScheduler shared, PersonPseudonyms pseudonyms, TimeProvider timeProvider, ILogger<JobTrigger> logger)
    : IJobTrigger, IIntroChangeListener
{
    public Task<TriggerKey> ReEmbedNowAsync(CancellationToken cancellationToken) =>
        ScheduleAsync(JobSchedules.ReEmbedNow(null, timeProvider), cancellationToken);

    public Task<TriggerKey> ReEmbedPersonAsync(long personId, CancellationToken cancellationToken) =>
        ScheduleAsync(JobSchedules.ReEmbedNow(personId, timeProvider), cancellationToken);

    public async Task IntroChangedAsync(long personId, CancellationToken cancellationToken)
    {
        try
        {
            await ReEmbedPersonAsync(personId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The edit is committed: the nightly run, the run at start-up or the next search embeds it instead.
            LogNotScheduled(logger, exception, pseudonyms.Of(personId), exception.GetType().Name);
        }
    }

    private async Task<TriggerKey> ScheduleAsync(ITrigger trigger, CancellationToken cancellationToken)
    {
        var scheduler = await shared.GetAsync(cancellationToken);
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
        return trigger.Key;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not schedule re-embedding for person {Person} ({ExceptionType}); a later run will embed it")]
    private static partial void LogNotScheduled(ILogger logger, Exception exception, string person, string exceptionType);
}
