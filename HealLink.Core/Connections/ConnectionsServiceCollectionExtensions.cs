using HealLink.Core.Connections.Opening;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealLink.Core.Connections;

public static class ConnectionsServiceCollectionExtensions
{
    /// <summary>Requests, conversations and their endings, with <see cref="ConnectionsOptions"/> validated at start-up.</summary>
    public static IServiceCollection AddConnections(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ConnectionsOptions>()
            .Bind(configuration.GetSection(ConnectionsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IIcebreakerGenerator, TemplateIcebreaker>();
        services.TryAddSingleton<ConnectionRequests>();
        services.TryAddSingleton<ConnectionFlow>();
        return services;
    }
}
