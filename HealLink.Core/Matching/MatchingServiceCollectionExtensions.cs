using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Flow;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealLink.Core.Matching;

public static class MatchingServiceCollectionExtensions
{
    /// <summary>
    /// Matching: options validated at start-up, the flow behind mentor cards, and the embedder. Without model files
    /// the offline embedder serves; a host that has the model registers its own <see cref="IEmbedder"/> first.
    /// </summary>
    public static IServiceCollection AddMatching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MatchingOptions>()
            .Bind(configuration.GetSection(MatchingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IEmbedder, HashedNGramEmbedder>();
        services.TryAddSingleton<IntroIndex>();
        services.TryAddSingleton<MatchingFlow>();
        return services;
    }
}
