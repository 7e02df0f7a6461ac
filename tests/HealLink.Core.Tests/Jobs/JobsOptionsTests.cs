using HealLink.Core.Jobs;
using HealLink.Core.Tests.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Tests.Jobs;

/// <summary>Settings that cannot work stop start-up naming the key.</summary>
public sealed class JobsOptionsTests
{
    [Theory]
    [InlineData("Jobs:NightlyReEmbedCron", "every night", "Jobs:NightlyReEmbedCron 'every night' is not a Quartz cron expression")]
    [InlineData("Jobs:NightlyPruneCron", "4am", "Jobs:NightlyPruneCron '4am' is not a Quartz cron expression")]
    [InlineData("Jobs:IndexRefreshInterval", "00:00:00", "IndexRefreshInterval")]
    [InlineData("Jobs:ReEmbedBatchSize", "0", "ReEmbedBatchSize")]
    [InlineData("Jobs:ConnectionTimingInterval", "00:00:00", "ConnectionTimingInterval")]
    [InlineData("Jobs:LeaseDuration", "00:00:00.500", "LeaseDuration")]
    [InlineData("Jobs:ClusterCheckinInterval", "00:00:00", "ClusterCheckinInterval")]
    public async Task AddHealLinkJobs_UnusableSetting_FailsStartupValidationNamingIt(string key, string value, string named)
    {
        using var file = new TestDatabase();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([.. file.Settings, new(key, value)])
            .Build();
        await using var services = new ServiceCollection().AddHealLinkJobs(configuration).BuildServiceProvider();

        // Aggregated: Quartz's scheduler options read these too, so the failure is reported for each reader.
        var exception = Assert.ThrowsAny<Exception>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, exception.Message, StringComparison.Ordinal);
        Exception[] failures = exception is AggregateException aggregate ? [.. aggregate.InnerExceptions] : [exception];
        Assert.All(failures, failure => Assert.IsType<OptionsValidationException>(failure));
    }

    [Fact]
    public void Defaults_AreValid()
    {
        var sut = new JobsOptionsValidator();

        Assert.True(sut.Validate(null, new JobsOptions()).Succeeded);
    }
}
