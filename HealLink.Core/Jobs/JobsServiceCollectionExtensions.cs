using HealLink.Core.Hosting;
using HealLink.Core.Jobs.History;
using HealLink.Core.Jobs.Leases;
using HealLink.Core.Matching.Flow;
using HealLink.Core.Service.Leadership;
using HealLink.Core.Service.Logging;
using HealLink.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealLink.Core.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// The background jobs (<see cref="JobSchedules"/>): both schedulers, <see cref="JobsOptions"/> validated at
    /// start-up, <see cref="IJobTrigger"/>, and the hosted service that runs them. Needs the storage and matching
    /// registrations (<c>AddHealLinkStorage</c>, <c>AddMatching</c>), and the database migrated before the host starts.
    /// </summary>
    public static IServiceCollection AddHealLinkJobs(this IServiceCollection services, IConfiguration configuration)
    {
        AddSharedScheduler(services, configuration);
        services.AddQuartz(JobSchedules.Local, quartz =>
        {
            quartz.ConfigureScheduler(scheduler => scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs);
            quartz.UseInMemoryStore(_ => { });
            RecordHistory(quartz);
            JobSchedules.DeclareLocal(quartz);
        });

        services.TryAddSingleton<JobHistoryPruner>();
        services.TryAddSingleton<LeaderElection>();
        services.TryAddSingleton<SharedJobsRunner>();
        services.Replace(ServiceDescriptor.Singleton<IIntroChangeListener>(provider => provider.GetRequiredService<JobTrigger>()));
        services.AddHostedService<JobsHostedService>();
        return services;
    }

    /// <summary>
    /// <see cref="IJobTrigger"/> alone, for a process that gives the shared scheduler work but runs no jobs (the admin
    /// panel): the shared scheduler, built in standby on first use, stores the one-shot in the database and whichever
    /// process runs the shared jobs fires it. Needs the storage registration (<c>AddHealLinkStorage</c>). A process
    /// that runs the jobs calls <see cref="AddHealLinkJobs"/> instead, which includes this.
    /// </summary>
    public static IServiceCollection AddHealLinkJobTrigger(this IServiceCollection services, IConfiguration configuration)
    {
        if (!AddSharedScheduler(services, configuration))
        {
            return services;
        }

        // Quartz registers each declared job's type in the container, and a container validated as it is built (in
        // Development) refuses those whose services only a process that runs the jobs registers. This one runs none.
        foreach (var job in services.Where(d => typeof(HealLinkJob).IsAssignableFrom(d.ServiceType)).ToList())
        {
            services.Remove(job);
        }

        return services;
    }

    /// <returns>False when it was already added: Quartz refuses a second scheduler of the same name.</returns>
    private static bool AddSharedScheduler(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(SharedScheduler)))
        {
            return false;
        }

        services.AddOptions<JobsOptions>()
            .Bind(configuration.GetSection(JobsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JobsOptions>, JobsOptionsValidator>());

        var store = new SharedJobStore(DatabaseOptions.From(configuration), () => JobsOptions.From(configuration));
        services.AddSingleton(store);
        services.AddQuartz(JobSchedules.Shared, quartz =>
        {
            quartz.ConfigureScheduler(scheduler => scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs);
            quartz.UsePersistentStore(store.Configure);
            RecordHistory(quartz);
            JobSchedules.DeclareShared(quartz);
        });
        var sharedOptions = services.AddOptions<QuartzSchedulerOptions>(JobSchedules.Shared)
            .Configure<IOptions<JobsOptions>>((scheduler, jobs) => scheduler.IdleWaitTime = jobs.Value.PollInterval);
        if (store.Clustered)
        {
            // A node of the cluster by this process's own id, as the job history and the health page name it. (Were it
            // missing, clustering would make Quartz generate an id of its own: never one two nodes share.)
            sharedOptions.Configure<ProcessIdentity>((scheduler, process) => scheduler.InstanceId = process.Id);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProcessIdentity>();
        services.TryAddSingleton<JobHistoryListener>();
        services.TryAddSingleton<SharedScheduler>();
        services.AddPersonPseudonyms(configuration);
        services.TryAddSingleton<JobTrigger>();
        services.TryAddSingleton<IJobTrigger>(provider => provider.GetRequiredService<JobTrigger>());
        return true;
    }

    // The one listener, from the application's container: a shared scheduler rebuilt after the lease came back is
    // built in a container of Quartz's own, which resolves what it does not hold itself from the application's.
    private static void RecordHistory(IQuartzBuilder quartz) =>
        quartz.AddJobListener(provider => provider.GetRequiredService<JobHistoryListener>(), [GroupMatcher<JobKey>.AnyGroup()]);
}
