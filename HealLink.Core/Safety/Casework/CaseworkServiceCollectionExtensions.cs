using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealLink.Core.Safety.Casework;

public static class CaseworkServiceCollectionExtensions
{
    /// <summary>
    /// Coordinators' work on crisis flags and reports: the queue, one case in full, notes and actions. Needs the storage
    /// registration (<c>AddHealLinkStorage</c>).
    /// </summary>
    public static IServiceCollection AddSafetyCasework(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SafetyWatch>();
        services.TryAddSingleton<SafetyCaseReader>();
        services.TryAddSingleton<SafetyCasework>();
        return services;
    }
}
