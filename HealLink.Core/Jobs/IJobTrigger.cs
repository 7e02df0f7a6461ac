using Quartz;

namespace HealLink.Core.Jobs;

/// <summary>Runs jobs now, outside their schedules. Each returns the one-shot trigger it stored.</summary>
public interface IJobTrigger
{
    /// <summary>Re-embeds every stale intro, on whichever process runs the shared jobs.</summary>
    Task<TriggerKey> ReEmbedNowAsync(CancellationToken cancellationToken);

    /// <summary>Re-embeds one person's intro if it is stale.</summary>
    Task<TriggerKey> ReEmbedPersonAsync(long personId, CancellationToken cancellationToken);
}
