using HealLink.Core.Jobs;
using HealLink.Core.Jobs.Leases;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Flow;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace HealLink.Core.Tests.Jobs;

/// <summary>
/// One process with its jobs running: the application's pipeline and jobs registrations on a real database (a SQLite
/// file, or PostgreSQL on that leg, where every host is a node of Quartz's cluster), the
/// jobs' hosted service started as a host starts it and stopped on dispose as a host stops it. Nothing runs on a
/// schedule unless a test says so: no re-embed at start, and the index refresh once as the scheduler starts (it may
/// overlap a test's first trigger) and then hourly. A short lease (SQLite), check-in (PostgreSQL) and poll let a
/// second host take over quickly.
/// </summary>
internal sealed class JobsHost : IAsyncDisposable
{
    private static readonly (string Key, string? Value)[] Quiet =
    [
        ("Jobs:ReEmbedOnStart", "false"),
        ("Jobs:IndexRefreshInterval", "01:00:00"),
        ("Jobs:PollInterval", "00:00:01"),
        ("Jobs:LeaseDuration", "00:00:03"),
        ("Jobs:ClusterCheckinInterval", "00:00:01"),
        ("Jobs:ClusterCheckinMisfireThreshold", "00:00:02"),
    ];

    private readonly JobsHostedService _jobs;
    private bool _disposed;

    private JobsHost(PipelineHost pipeline, JobCompletions completions)
    {
        Pipeline = pipeline;
        Completions = completions;
        _jobs = pipeline.Services.GetServices<IHostedService>().OfType<JobsHostedService>().Single();
    }

    public PipelineHost Pipeline { get; }

    public IServiceProvider Services => Pipeline.Services;

    /// <summary>Every run either scheduler of this process finished.</summary>
    public JobCompletions Completions { get; }

    public SharedJobsRunner Shared => Services.GetRequiredService<SharedJobsRunner>();

    public IntroIndex Index => Services.GetRequiredService<IntroIndex>();

    public IJobTrigger Trigger => Services.GetRequiredService<IJobTrigger>();

    public static async Task<JobsHost> StartAsync(
        TestDatabase file,
        IEmbedder embedder,
        RecordingSender? platform = null,
        Action<IServiceCollection>? configure = null,
        params (string Key, string? Value)[] settings)
    {
        // A test's own setting replaces the quiet default of the same key.
        (string Key, string? Value)[] all =
            [.. file.Settings.Select(s => (s.Key, s.Value)), .. Quiet.Where(q => settings.All(s => s.Key != q.Key)), .. settings];
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(all.Select(s => KeyValuePair.Create(s.Key, s.Value)))
            .Build();
        var completions = new JobCompletions();
        var pipeline = await PipelineHost.StartAsync(
            file,
            platform ?? new RecordingSender(),
            configure: services =>
            {
                services.AddSingleton(embedder);
                services.AddHealLinkJobs(configuration);
                services.ConfigureAllQuartzSchedulers(quartz => quartz.AddJobListener(completions, [GroupMatcher<JobKey>.AnyGroup()]));
                configure?.Invoke(services);
            },
            settings: all);
        var host = new JobsHost(pipeline, completions);
        await host._jobs.StartAsync(CancellationToken.None);
        return host;
    }

    /// <summary>Starts one host and waits until it runs the shared jobs (it is alone on its database).</summary>
    public static async Task<JobsHost> StartRunningAsync(
        TestDatabase file,
        IEmbedder embedder,
        RecordingSender? platform = null,
        Action<IServiceCollection>? configure = null,
        params (string Key, string? Value)[] settings)
    {
        var host = await StartAsync(file, embedder, platform, configure, settings);
        await host.Shared.FirstStart.WaitAsync(TimeSpan.FromSeconds(60));
        return host;
    }

    public Task<IScheduler> SharedSchedulerAsync() => Services.GetRequiredService<SharedScheduler>().GetAsync(CancellationToken.None);

    public Task<IScheduler> LocalSchedulerAsync() =>
        Services.GetRequiredKeyedService<ISchedulerFactory>(JobSchedules.Local).GetScheduler(CancellationToken.None).AsTask();

    /// <summary>Runs one refresh of this process's intro index now and waits for it to finish.</summary>
    public async Task RefreshIndexAsync()
    {
        var trigger = TriggerBuilder.Create(TimeProvider.System)
            .ForJob(JobSchedules.RefreshIntroIndex)
            .WithIdentity($"test-refresh-{Guid.NewGuid():N}", "tests")
            .StartNow()
            .Build();
        var scheduler = await LocalSchedulerAsync();
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, CancellationToken.None);
        await Completions.WaitForAsync(trigger.Key);
    }

    /// <summary>Stops the jobs as a host would (waiting for running ones), then ends the process; twice is once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _jobs.StopAsync(CancellationToken.None);
        await Pipeline.DisposeAsync();
    }
}
