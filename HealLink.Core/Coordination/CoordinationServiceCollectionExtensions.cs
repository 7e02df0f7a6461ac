using HealLink.Core.Safety;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealLink.Core.Coordination;

public static class CoordinationServiceCollectionExtensions
{
    /// <summary>
    /// What coordinators look people and connections up with. Needs the storage registration (<c>AddHealLinkStorage</c>).
    /// </summary>
    public static IServiceCollection AddPeopleDirectory(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SafetyWatch>();
        services.TryAddSingleton<ConnectionDirectory>();
        services.TryAddSingleton<PeopleDirectory>();
        return services;
    }
}
