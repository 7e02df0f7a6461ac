using HealLink.Core.Tests.Matching.Embeddings;
using HealLink.Core.Tests.Storage;
using Quartz;

namespace HealLink.Core.Tests.Jobs;

/// <summary>Our migration (SQLite's 0004, PostgreSQL's 0002) creates the tables Quartz's persistent store checks for and uses.</summary>
public sealed class QuartzSchemaTests : IDisposable
{
    private readonly TestDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task MigratedFile_QuartzStoreAcceptsTheSchemaAndRuns()
    {
        await using var host = await JobsHost.StartRunningAsync(_file, new CountingEmbedder());

        var sut = await host.SharedSchedulerAsync();

        Assert.Equal(SchedulerStatus.Running, sut.Status);
        Assert.Equal(15, (await _file.TableNamesAsync()).Count(t => t.StartsWith("QRTZ_", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(1, await _file.ScalarAsync<long>("SELECT count(*) FROM QRTZ_CRON_TRIGGERS WHERE TRIGGER_NAME = 're-embed-nightly'"));
    }
}
