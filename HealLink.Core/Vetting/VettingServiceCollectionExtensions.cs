using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealLink.Core.Vetting;

public static class VettingServiceCollectionExtensions
{
    /// <summary>
    /// Coordinators' work: decisions about mentors, and the queue of crisis flags and reports. Needs the storage
    /// registration (<c>AddHealLinkStorage</c>).
    /// </summary>
    public static IServiceCollection AddMentorVetting(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MentorVetting>();
        services.TryAddSingleton<PersonSuspension>();
        services.TryAddSingleton<Safety.SafetyWatch>();
        return services;
    }
}
