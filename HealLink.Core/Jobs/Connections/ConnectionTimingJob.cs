using HealLink.Core.Connections.Timing;
using Microsoft.Extensions.Logging;
using Quartz;

namespace HealLink.Core.Jobs.Connections;

/// <summary>
/// Expires unanswered requests, reminds their mentors, and checks in with mentees: a shared job, so each connection
/// is acted on by one process, once. Cheap when nothing is due (three indexed queries), so it runs every minute and
/// every promise about time ("within two days") is kept to the minute.
/// </summary>
internal sealed class ConnectionTimingJob(ConnectionTimekeeper timekeeper, ILogger<ConnectionTimingJob> logger) : HealLinkJob(logger)
{
    protected override Task RunAsync(IJobExecutionContext context, CancellationToken cancellationToken) =>
        timekeeper.RunAsync(cancellationToken);
}
