using HealLink.Core.Matching.Embeddings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace HealLink.Core.Safety;

public static class SafetyServiceCollectionExtensions
{
    /// <summary>
    /// The crisis check the pipeline runs on every text: the phrase lists, and the semantic path when the embedder
    /// chosen at start-up has one. Needs an <see cref="IEmbedder"/> (<c>AddMatching</c> registers it) and logging.
    /// </summary>
    public static IServiceCollection AddCrisisAssessment(this IServiceCollection services)
    {
        services.TryAddSingleton<ICrisisDetector, CrisisDetector>();
        services.TryAddSingleton<ICrisisAssessor>(provider => new CrisisAssessor(
            provider.GetRequiredService<ICrisisDetector>(),
            SemanticCrisisDetector.For(provider.GetRequiredService<IEmbedder>()),
            provider.GetRequiredService<ILogger<CrisisAssessor>>()));
        return services;
    }
}
