using HealLink.Core.Matching.Waiting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace HealLink.Core.Jobs.WaitingMentees;

/// <summary>
/// Keeps the promise "I'll message you when a mentor who fits joins": a shared job, so each mentee is told by one
/// process, once. Cheap when nobody waits (one indexed query), so it can run often.
/// </summary>
internal sealed class NotifyWaitingMenteesJob(WaitingMenteeNotifier notifier, ILogger<NotifyWaitingMenteesJob> logger) : HealLinkJob(logger)
{
    protected override Task RunAsync(IJobExecutionContext context, CancellationToken cancellationToken) =>
        notifier.NotifyAsync(cancellationToken);
}
