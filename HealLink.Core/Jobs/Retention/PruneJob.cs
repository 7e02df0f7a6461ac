using HealLink.Core.Pipeline.Retention;
using Microsoft.Extensions.Logging;
using Quartz;

namespace HealLink.Core.Jobs.Retention;

/// <summary>Keeps the pipeline's records only as long as <see cref="RetentionOptions"/> says, once a night.</summary>
internal sealed class PruneJob(PipelinePruner pruner, ILogger<PruneJob> logger) : HealLinkJob(logger)
{
    protected override Task RunAsync(IJobExecutionContext context, CancellationToken cancellationToken) =>
        pruner.PruneAsync(cancellationToken);
}
