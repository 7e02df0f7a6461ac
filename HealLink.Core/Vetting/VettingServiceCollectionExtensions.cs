using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealLink.Core.Vetting;

public static class VettingServiceCollectionExtensions
{
    /// <summary>Coordinators' decisions about mentors. Needs the storage registration (<c>AddHealLinkStorage</c>).</summary>
    public static IServiceCollection AddMentorVetting(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MentorVetting>();
        return services;
    }
}
