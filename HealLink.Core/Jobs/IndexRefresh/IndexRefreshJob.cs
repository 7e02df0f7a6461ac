using HealLink.Core.Matching.Flow;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealLink.Core.Jobs.IndexRefresh;

/// <summary>
/// Keeps this process's intro index current with what every process stores, so a search embeds nothing. First
/// embeds (a batch of) approved mentors who have no vector at all: a mentor approved in the admin panel is
/// embedded and in the index within one run, wherever the approval was made.
/// </summary>
internal sealed class IndexRefreshJob(
    IntroVectorUpdater updater,
    IntroIndex index,
    IDbContextFactory<HealLinkDbContext> contexts,
    IOptions<JobsOptions> options,
    ILogger<IndexRefreshJob> logger) : HealLinkJob(logger)
{
    protected override async Task RunAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await updater.EmbedMissingApprovedMentorsAsync(options.Value.ReEmbedBatchSize, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await index.RefreshAsync(db, cancellationToken);
    }
}
