using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealLink.Core.Service.Metrics;

public static class MetricsServiceCollectionExtensions
{
    /// <summary><see cref="HealLinkMetrics"/> on the host's meter factory; safe to call from every area that records.</summary>
    public static IServiceCollection AddHealLinkMetrics(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new HealLinkMetrics(sp.GetService<IMeterFactory>()));
        return services;
    }
}
