using HealLink.Core.Connections.Timing;
using HealLink.Core.Jobs.History;
using HealLink.Core.Pipeline.Retention;
using Microsoft.Extensions.Logging;
using Quartz;

namespace HealLink.Core.Jobs.Retention;

/// <summary>
/// Once a night, keeps the pipeline's records only as long as <see cref="RetentionOptions"/> says, and relayed
/// messages only as long as <c>Connections:MessageRetention</c> says after their conversation ended, and the job
/// history only its newest runs (<see cref="JobsOptions.HistoryRunsKept"/>).
/// </summary>
internal sealed class PruneJob(
    PipelinePruner pipeline,
    RelayedMessagePruner relayedMessages,
    JobHistoryPruner jobHistory,
    ILogger<PruneJob> logger) : HealLinkJob(logger)
{
    protected override async Task RunAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await pipeline.PruneAsync(cancellationToken);
        await relayedMessages.PruneAsync(cancellationToken);
        await jobHistory.PruneAsync(cancellationToken);
    }
}
