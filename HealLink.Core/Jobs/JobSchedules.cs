using System.Globalization;
using HealLink.Core.Jobs.Connections;
using HealLink.Core.Jobs.Encryption;
using HealLink.Core.Jobs.IdleModels;
using HealLink.Core.Jobs.IndexRefresh;
using HealLink.Core.Jobs.ReEmbedding;
using HealLink.Core.Jobs.Retention;
using HealLink.Core.Jobs.WaitingMentees;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealLink.Core.Jobs;

/// <summary>
/// Every job and every schedule, in one place. Two schedulers:
/// <list type="bullet">
/// <item><see cref="Shared"/>: work done once for the whole deployment, kept in the database (Quartz's tables) so it
/// survives restarts; run by every process at once on PostgreSQL (Quartz's cluster fires each trigger once), by
/// whichever process holds the lease on SQLite (see <see cref="SharedJobStore"/>); any process may add to it.</item>
/// <item><see cref="Local"/>: in memory, in every process, for work each process needs done for itself (its own
/// in-memory index).</item>
/// </list>
/// A new job is declared here, in the scheduler whose kind of work it is.
/// </summary>
public static class JobSchedules
{
    public const string Shared = "HealLink";

    public const string Local = "HealLink.Local";

    private const string MatchingGroup = "matching";

    /// <summary>Embeds stale intros: all of them, or one person's when the trigger carries <see cref="PersonIdKey"/>.</summary>
    public static JobKey ReEmbedProfiles { get; } = new("re-embed-profiles", MatchingGroup);

    public static TriggerKey NightlyReEmbed { get; } = new("re-embed-nightly", MatchingGroup);

    /// <summary>Reads other processes' new vectors into this process's index, and embeds approved mentors lacking one.</summary>
    public static JobKey RefreshIntroIndex { get; } = new("refresh-intro-index", MatchingGroup);

    /// <summary>Unloads this process's in-process language model once it has idled past <c>Llm:IdleUnloadAfter</c>.</summary>
    public static JobKey UnloadIdleModels { get; } = new("unload-idle-models", "models");

    /// <summary>Tells mentees promised a mentor that one who fits them is now approved.</summary>
    public static JobKey NotifyWaitingMentees { get; } = new("notify-waiting-mentees", MatchingGroup);

    /// <summary>Expires unanswered requests, reminds their mentors once, and checks in with mentees a while into a conversation.</summary>
    public static JobKey ConnectionTiming { get; } = new("connection-timing", "connections");

    /// <summary>Removes records past retention (delivered messages, inbound receipts, relayed messages of ended conversations).</summary>
    public static JobKey Prune { get; } = new("prune-pipeline-records", "retention");

    /// <summary>Re-encrypts stored values not under the current key (after a key rotation, or from before encryption).</summary>
    public static JobKey ReEncryptFields { get; } = new("re-encrypt-fields", "encryption");

    public const string PersonIdKey = "personId";

    /// <summary>What a one-shot re-embedding of everyone is called in the job history.</summary>
    public const string ReEmbedNowDescription = "re-embed now";

    /// <summary>What a one-shot re-embedding of one person is called in the job history (never which person).</summary>
    public const string ReEmbedPersonDescription = "re-embed one person";

    /// <summary>
    /// The local jobs and how often each runs, as <see cref="DeclareLocal"/> schedules them (a test holds the two
    /// equal): their triggers live only in each process's memory, so the jobs page learns their schedules here.
    /// </summary>
    public static IReadOnlyList<LocalSchedule> LocalSchedules(JobsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [new(RefreshIntroIndex, options.IndexRefreshInterval), new(UnloadIdleModels, options.IdleModelCheckInterval)];
    }

    /// <remarks>
    /// Each shared job requests recovery: a run cut short by its process dying is run again by another process (on
    /// PostgreSQL once that one has missed its check-in, on SQLite when the next holder of the lease starts). Each
    /// does only what is still owed, so running one again is safe.
    /// </remarks>
    internal static void DeclareShared(IQuartzBuilder quartz)
    {
        quartz.AddJob<ReEmbedProfilesJob>(job => job.WithIdentity(ReEmbedProfiles).StoreDurably().DisallowConcurrentExecution().RequestRecovery());
        Nightly(quartz, ReEmbedProfiles, options => options.NightlyReEmbedCron, NightlyReEmbed);

        quartz.AddJob<NotifyWaitingMenteesJob>(job => job.WithIdentity(NotifyWaitingMentees).StoreDurably().DisallowConcurrentExecution().RequestRecovery());
        Every(quartz, NotifyWaitingMentees, options => options.NotifyWaitingMenteesInterval);

        quartz.AddJob<ConnectionTimingJob>(job => job.WithIdentity(ConnectionTiming).StoreDurably().DisallowConcurrentExecution().RequestRecovery());
        Every(quartz, ConnectionTiming, options => options.ConnectionTimingInterval);

        quartz.AddJob<PruneJob>(job => job.WithIdentity(Prune).StoreDurably().DisallowConcurrentExecution().RequestRecovery());
        Nightly(quartz, Prune, options => options.NightlyPruneCron);

        quartz.AddJob<ReEncryptFieldsJob>(job => job.WithIdentity(ReEncryptFields).StoreDurably().DisallowConcurrentExecution().RequestRecovery());
        Every(quartz, ReEncryptFields, options => options.ReEncryptInterval);
    }

    internal static void DeclareLocal(IQuartzBuilder quartz)
    {
        quartz.AddJob<IndexRefreshJob>(job => job.WithIdentity(RefreshIntroIndex).StoreDurably().DisallowConcurrentExecution());
        Every(quartz, RefreshIntroIndex, options => options.IndexRefreshInterval);

        quartz.AddJob<UnloadIdleModelsJob>(job => job.WithIdentity(UnloadIdleModels).StoreDurably().DisallowConcurrentExecution());
        Every(quartz, UnloadIdleModels, options => options.IdleModelCheckInterval);
    }

    /// <summary>
    /// What runs when a process starts running the shared jobs. On PostgreSQL every process starts them, so each start
    /// stores its own re-embedding; those after the first find little or nothing stale.
    /// </summary>
    internal static async Task OnSharedStartAsync(IScheduler scheduler, JobsOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (options.ReEmbedOnStart)
        {
            await scheduler.ScheduleJob(ReEmbedNow(null, timeProvider), ScheduleJobOptions.Replacing, cancellationToken);
        }
    }

    /// <summary>A one-shot re-embedding, due at once; stored, so it runs even if the process that asked stops first.</summary>
    internal static ITrigger ReEmbedNow(long? personId, TimeProvider timeProvider)
    {
        var name = personId is { } id ? $"re-embed-person-{id}-{Guid.NewGuid():N}" : $"re-embed-all-{Guid.NewGuid():N}";
        var trigger = TriggerBuilder.Create(timeProvider)
            .ForJob(ReEmbedProfiles)
            .WithIdentity(name, MatchingGroup)
            .WithDescription(personId is null ? ReEmbedNowDescription : ReEmbedPersonDescription)
            .StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow));
        if (personId is { } person)
        {
            // As text: it reads back the same whichever way the store serialized it.
            trigger.UsingJobData(PersonIdKey, person.ToString(CultureInfo.InvariantCulture));
        }

        return trigger.Build();
    }

    /// <summary>The person a <see cref="ReEmbedNow"/> trigger is for, or null for everyone.</summary>
    internal static long? PersonIdOf(JobDataMap data) =>
        data.TryGetValue(PersonIdKey, out var value) && value is string text
            ? long.Parse(text, CultureInfo.InvariantCulture)
            : null;

    /// <summary>A job run on a cron schedule; a run missed while no process held the lease happens at once, once.</summary>
    private static void Nightly(IQuartzBuilder quartz, JobKey job, Func<JobsOptions, string> cron, TriggerKey? trigger = null) =>
        quartz.AddTrigger((services, builder) => builder
            .ForJob(job)
            .WithIdentity(trigger ?? new TriggerKey(job.Name + "-nightly", job.Group))
            .WithSchedule(CronScheduleBuilder.Create(cron(OptionsOf(services)))
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));

    /// <summary>
    /// A job run at a fixed interval from start-up. Runs missed (while no process held the lease, or a run overran)
    /// collapse into the next one: every such job catches up by itself.
    /// </summary>
    private static void Every(IQuartzBuilder quartz, JobKey job, Func<JobsOptions, TimeSpan> interval) =>
        quartz.AddTrigger((services, trigger) => trigger
            .ForJob(job)
            .WithIdentity(EveryTriggerName(job), job.Group)
            .StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create()
                .WithInterval(interval(OptionsOf(services)))
                .RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));

    internal static string EveryTriggerName(JobKey job) => job.Name + "-every";

    private static JobsOptions OptionsOf(IServiceProvider services) => services.GetRequiredService<IOptions<JobsOptions>>().Value;
}
