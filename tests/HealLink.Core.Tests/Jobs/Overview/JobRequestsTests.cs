using HealLink.Core.Jobs;
using HealLink.Core.Jobs.Overview;
using HealLink.Core.Storage;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Jobs.Overview;

/// <summary>
/// A process that runs no jobs (the admin panel) asks for a run: the one-shot is stored for the process that runs the
/// shared jobs, and the audit log names who asked and why.
/// </summary>
public sealed class JobRequestsTests : IDisposable
{
    private readonly TestDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task ReEmbedNowAsync_InAProcessWithOnlyTheTrigger_StoresTheOneShotAndAuditsIt()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(_file.Settings)
            .Build();

        // Validated as it is built, as in Development: nothing the jobs themselves need is registered here.
        await using var services = new ServiceCollection()
            .AddHealLinkStorage(configuration)
            .AddHealLinkJobTrigger(configuration)
            .AddSingleton<JobRequests>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await services.MigrateHealLinkDatabaseAsync();
        var sut = services.GetRequiredService<JobRequests>();

        await sut.ReEmbedNowAsync("admin@example.org", "  A new model.  ", CancellationToken.None);

        Assert.Equal(
            JobSchedules.ReEmbedProfiles.Name,
            await _file.ScalarAsync<string>($"SELECT JOB_NAME FROM QRTZ_TRIGGERS WHERE DESCRIPTION = '{JobSchedules.ReEmbedNowDescription}'"));
        await using var db = await services.GetRequiredService<IDbContextFactory<HealLinkDbContext>>().CreateDbContextAsync();
        var entry = await db.AuditEntries.SingleAsync();
        Assert.Equal(("admin@example.org", JobRequests.ReEmbedNowAction, "A new model."), (entry.Actor, entry.Action, entry.Reason));
        Assert.Null(entry.SubjectPersonId);
        Assert.Equal(0, await db.JobExecutions.CountAsync());
    }
}
