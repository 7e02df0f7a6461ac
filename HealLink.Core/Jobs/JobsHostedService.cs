using HealLink.Core.Jobs.Leases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealLink.Core.Jobs;

/// <summary>
/// Runs the jobs for as long as the host runs: this process's local scheduler at once, the shared one as
/// <see cref="SharedJobsRunner"/> says (at once on PostgreSQL, whenever this process holds its lease on SQLite). On stop, running jobs are asked to cancel and waited for, so nothing is left running.
/// </summary>
internal sealed class JobsHostedService(
    [FromKeyedServices(JobSchedules.Local)] ISchedulerFactory localFactory,
    SharedJobsRunner shared,
    IOptions<JobsOptions> options) : BackgroundService
{
    private IScheduler? _local;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        _local = await localFactory.GetScheduler(stoppingToken);
        await _local.Start(stoppingToken);
        await shared.RunAsync(stoppingToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_local is not null)
        {
            await _local.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }

        await shared.StopAsync(cancellationToken);
    }
}
