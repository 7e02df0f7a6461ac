using HealLink.Core.Jobs.History;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.Jobs.History;

/// <summary>Reads the job history a host wrote: the row for a run is written as the run ends, beside the test's own listener.</summary>
internal static class JobHistoryRows
{
    public static async Task<JobExecution> WaitForAsync(JobsHost host, string trigger)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var row = await host.Pipeline.QueryAsync(db => db.JobExecutions.AsNoTracking().SingleOrDefaultAsync(r => r.Trigger == trigger));
            if (row is not null)
            {
                return row;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), timeout.Token);
        }
    }
}
