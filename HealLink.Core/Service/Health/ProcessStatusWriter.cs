using HealLink.Core.Hosting;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Service.Health;

/// <summary>
/// Stores this process's <see cref="ProcessStatus"/> row: renewed on every report, marked stopped on the way out.
/// Each report also removes rows not renewed for <see cref="ProcessStatusOptions.ForgetAfter"/>, so processes long
/// gone leave the health page without anyone tidying up.
/// </summary>
public sealed class ProcessStatusWriter(
    IDbContextFactory<HealLinkDbContext> contexts,
    ProcessIdentity process,
    IOptions<ProcessStatusOptions> options,
    TimeProvider timeProvider)
{
    /// <summary>Stores the report and returns what the panel asked of this process since the last one (asking once).</summary>
    public async Task<ProcessInstructions> ReportAsync(ProcessReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var now = timeProvider.GetUtcNow();
        var forgetBefore = now - options.Value.ForgetAfter;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.ProcessStatuses.SingleOrDefaultAsync(p => p.Id == process.Id, cancellationToken);
        if (row is null)
        {
            row = new ProcessStatus { Id = process.Id, Host = process.Host, OsProcessId = process.OsProcessId, StartedAt = process.StartedAt };
            db.ProcessStatuses.Add(row);
        }

        row.LastSeenAt = now;
        row.ReportInterval = options.Value.ReportInterval;
        row.StoppedAt = null;
        row.Version = report.Version;
        row.Channels = [.. report.Channels];
        row.Embedder = report.Embedder;
        row.EmbedderNote = report.EmbedderNote;
        row.WorkingSetBytes = report.WorkingSetBytes;
        row.Models = [.. report.Models];
        var instructions = new ProcessInstructions(UnloadModels: row.ModelUnloadRequestedAt is not null);
        row.ModelUnloadRequestedAt = null;
        await db.SaveChangesAsync(cancellationToken);
        await db.ProcessStatuses
            .Where(p => p.LastSeenAt < forgetBefore && p.Id != process.Id)
            .ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return instructions;
    }

    /// <summary>Says this process stopped as asked, so the health page shows it stopped rather than gone.</summary>
    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ProcessStatuses
            .Where(p => p.Id == process.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.StoppedAt, now).SetProperty(p => p.LastSeenAt, now), cancellationToken);
    }

    /// <summary>
    /// How many bot processes are running now, this one included, judged as the health page judges them: reported
    /// within three of their intervals and not stopped. A process killed a moment ago still counts until then, so a
    /// share of something divided by this errs on the small side.
    /// </summary>
    public async Task<int> CountRunningAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // A handful of rows, one per process: judged here by the same rule as the panel's rather than in SQL.
        var rows = await db.ProcessStatuses.AsNoTracking().ToListAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        return rows.Count(p => p.Id == process.Id || ServiceHealth.StateOf(p, now) == ProcessState.Running);
    }
}
