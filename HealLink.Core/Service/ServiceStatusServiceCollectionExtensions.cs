using HealLink.Core.Hosting;
using HealLink.Core.Jobs;
using HealLink.Core.Jobs.Overview;
using HealLink.Core.Service.Dashboard;
using HealLink.Core.Service.Health;
using HealLink.Core.Vetting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealLink.Core.Service;

public static class ServiceStatusServiceCollectionExtensions
{
    /// <summary>
    /// What the panel reads about the service: the dashboard's figures, every job's schedule and last runs, the
    /// database's, outbox's and bot processes' health, and the audit log. Needs the storage registration
    /// (<c>AddHealLinkStorage</c>); asking for a run (<see cref="JobRequests"/>) also needs <see cref="IJobTrigger"/>
    /// (<c>AddHealLinkJobTrigger</c>, or <c>AddHealLinkJobs</c> in a process that runs them).
    /// </summary>
    public static IServiceCollection AddServiceStatus(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);

        // The local jobs' intervals: the panel shows the schedules of its own configuration, which the bot shares.
        services.AddOptions<JobsOptions>();
        services.TryAddSingleton<DashboardReader>();
        services.TryAddSingleton<JobOverview>();
        services.TryAddSingleton<JobRequests>();
        services.TryAddSingleton<ServiceHealth>();
        services.TryAddSingleton<ModelUnloadRequests>();
        services.TryAddSingleton<AuditLog>();
        return services;
    }

    /// <summary>
    /// What a process needs to report its own status (<see cref="ProcessStatusWriter"/>), with
    /// <see cref="ProcessStatusOptions"/> validated at start-up. The host decides when to report.
    /// </summary>
    public static IServiceCollection AddProcessStatusWriter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ProcessStatusOptions>()
            .Bind(configuration.GetSection(ProcessStatusOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProcessIdentity>();
        services.TryAddSingleton<ProcessStatusWriter>();
        return services;
    }
}
