using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Embeddings.MiniLm;
using HealLink.Core.Matching.Flow;
using HealLink.Core.Matching.Procedures;
using HealLink.Core.Matching.Waiting;
using HealLink.Core.Service.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Matching;

public static class MatchingServiceCollectionExtensions
{
    /// <summary>
    /// Matching: options validated at start-up, the flow behind mentor cards, and the embedder chosen once by
    /// <see cref="EmbedderSelection"/> (a host or test that registers its own <see cref="IEmbedder"/> first keeps it).
    /// </summary>
    public static IServiceCollection AddMatching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MatchingOptions>()
            .Bind(configuration.GetSection(MatchingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<EmbeddingOptions>()
            .Bind(configuration.GetSection(EmbeddingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => EmbedderSelection.Choose(provider.GetRequiredService<IOptions<EmbeddingOptions>>().Value));
        services.AddHealLinkMetrics().TryAddSingleton<IEmbedder>(provider => new MeasuredEmbedder(provider.GetRequiredService<EmbedderChoice>().Embedder, provider.GetRequiredService<HealLinkMetrics>()));
        services.TryAddSingleton<IntroIndex>();
        services.TryAddSingleton<NearestCataloguePhrase>();
        services.TryAddSingleton<IntroVectorUpdater>();
        services.TryAddSingleton<IIntroChangeListener, NoIntroChangeListener>();
        services.TryAddSingleton<MatchingFlow>();
        services.TryAddSingleton<WaitingMenteeNotifier>();
        return services;
    }
}
