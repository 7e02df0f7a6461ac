using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace HealLink.Core.Jobs.Leases;

/// <summary>
/// This process's handle on the shared scheduler. A process that lost the lease and takes it back runs a new
/// scheduler built from the same declarations (see <see cref="SharedJobsRunner"/>), so whoever needs the shared
/// scheduler asks here for the current one. Built on first use, not at start-up: its store checks the schema, which
/// the host migrates first.
/// </summary>
internal sealed class SharedScheduler([FromKeyedServices(JobSchedules.Shared)] ISchedulerFactory factory)
{
    private IScheduler? _current;

    /// <summary>The scheduler if it has been built; null if nobody needed it yet (then there is nothing to shut down).</summary>
    public IScheduler? Built => Volatile.Read(ref _current);

    public async Task<IScheduler> GetAsync(CancellationToken cancellationToken)
    {
        if (Built is { } current)
        {
            return current;
        }

        var built = await factory.GetScheduler(cancellationToken);
        return Interlocked.CompareExchange(ref _current, built, null) ?? built;
    }

    public void Replace(IScheduler next) => Volatile.Write(ref _current, next);
}
