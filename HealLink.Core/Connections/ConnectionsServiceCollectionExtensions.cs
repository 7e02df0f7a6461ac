using HealLink.Core.Connections.Opening;
using HealLink.Core.Connections.Timing;
using HealLink.Core.Icebreakers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealLink.Core.Connections;

public static class ConnectionsServiceCollectionExtensions
{
    /// <summary>
    /// Requests, conversations and their endings, with <see cref="ConnectionsOptions"/> validated at start-up, and what
    /// the jobs run on them (<see cref="ConnectionTimekeeper"/>, <see cref="RelayedMessagePruner"/>). Needs the
    /// pipeline's outbox signal (<c>AddMessagePipeline</c> calls this).
    /// </summary>
    public static IServiceCollection AddConnections(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ConnectionsOptions>()
            .Bind(configuration.GetSection(ConnectionsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddIcebreakers(configuration);
        services.TryAddSingleton<OpeningDrafter>();
        services.TryAddSingleton<TypingWhileDrafting>();
        services.TryAddSingleton<ConnectionRequests>();
        services.TryAddSingleton<ConnectionFlow>();
        services.TryAddSingleton<IQuietHours, NightQuietHours>();
        services.TryAddSingleton<ConnectionTimekeeper>();
        services.TryAddSingleton<RelayedMessagePruner>();
        return services;
    }
}
