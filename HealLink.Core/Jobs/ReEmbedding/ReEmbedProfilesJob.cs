using HealLink.Core.Matching.Flow;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealLink.Core.Jobs.ReEmbedding;

/// <summary>
/// Embeds every intro whose stored vector is missing, of another embedder, or of other text — or only one person's,
/// after they edited their profile — so searches find vectors stored. Never runs twice at once: the nightly run and
/// the one-shots would embed the same intros.
/// </summary>
internal sealed class ReEmbedProfilesJob(
    IntroVectorUpdater updater,
    IOptions<JobsOptions> options,
    ILogger<ReEmbedProfilesJob> logger) : HealLinkJob(logger)
{
    protected override async Task RunAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var personId = JobSchedules.PersonIdOf(context.MergedJobDataMap);
        await updater.ReEmbedStaleAsync(personId, options.Value.ReEmbedBatchSize, cancellationToken);
    }
}
