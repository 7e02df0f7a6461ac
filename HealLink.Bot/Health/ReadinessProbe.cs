using System.Globalization;
using HealLink.Bot.Channels;
using HealLink.Core.Jobs.IdleModels;
using HealLink.Core.Service.Health;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Health;

/// <summary>
/// Judges whether this process can do its work now: the database answers, every channel is connected, and the outbox
/// is not stalled (its oldest unsent message younger than <see cref="HealthOptions.MaxOutboxAge"/>). A backlog alone is
/// not a problem, since a burst drains in seconds; a message waiting minutes means sends are failing.
/// </summary>
internal sealed class ReadinessProbe(
    ServiceHealth health,
    ChannelStatuses channels,
    IEnumerable<IInProcessModel> models,
    IOptions<HealthOptions> options,
    TimeProvider timeProvider)
{
    public async Task<Readiness> CheckAsync(CancellationToken cancellationToken)
    {
        var report = await health.ReadAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var maxAge = options.Value.MaxOutboxAge;
        var channelReports = channels.All.Select(c => c.Current).ToList();
        var outbox = report.Outbox is { } backlog
            ? new OutboxReadiness(backlog.Pending, backlog.Retrying, (now - backlog.OldestPendingSince)?.TotalSeconds, maxAge.TotalSeconds, backlog.FailedLastDay)
            : null;

        var problems = new List<string>();
        if (!report.DatabaseReachable)
        {
            problems.Add($"database unreachable ({report.DatabaseProblem})");
        }

        problems.AddRange(channelReports.Where(c => !c.Healthy).Select(c => $"{c.Name} not connected ({c.State})"));
        if (outbox?.OldestPendingAgeSeconds is { } age && age > maxAge.TotalSeconds)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"outbox stalled: {outbox.Pending} unsent, the oldest waiting {age:0}s (limit {maxAge.TotalSeconds:0}s)"));
        }

        return new Readiness(
            problems.Count == 0,
            problems,
            new DatabaseReadiness(report.DatabaseReachable, report.DatabaseProblem),
            channelReports,
            outbox,
            [.. models.Select(m => m.Describe()).Select(m => new ModelReadiness(m.Purpose, m.Name, m.Loaded, m.LastUsed))],
            new MemoryReadiness(Environment.WorkingSet, GC.GetTotalMemory(forceFullCollection: false)));
    }
}
