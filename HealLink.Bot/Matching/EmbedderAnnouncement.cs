using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Embeddings.MiniLm;

namespace HealLink.Bot.Matching;

/// <summary>
/// Says once, at start-up, which embedder compares people's stories and, when it is the offline one, why and how
/// to get the model, so an operator knows what quality to expect. Resolving the choice here also loads the model
/// at start-up rather than at a mentee's first search.
/// </summary>
internal sealed partial class EmbedderAnnouncement(IServiceProvider services, ILogger<EmbedderAnnouncement> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var embedder = services.GetRequiredService<IEmbedder>();

        // A host or test may register its own embedder, and then no choice was made.
        var choice = services.GetService<EmbedderChoice>();
        if (choice is null || !ReferenceEquals(choice.Embedder, MeasuredEmbedder.Unwrap(embedder)) || choice.WhyNotTheModel is null)
        {
            LogModel(logger, embedder.Id, embedder.Dimensions);
        }
        else if (choice.OfflineByChoice)
        {
            LogOfflineByChoice(logger, embedder.Id);
        }
        else
        {
            LogOffline(logger, embedder.Id, choice.WhyNotTheModel);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Matching uses the offline embedder {EmbedderId}, which compares words rather than meaning, " +
        "because all-MiniLM-L6-v2 could not be loaded: {Reason} To use it, run " +
        "`dotnet run --project HealLink.Bot -- models fetch`")]
    private static partial void LogOffline(ILogger logger, string embedderId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Matching uses the offline embedder {EmbedderId}, as configured")]
    private static partial void LogOfflineByChoice(ILogger logger, string embedderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Matching compares stories with {EmbedderId} ({Dimensions} dimensions)")]
    private static partial void LogModel(ILogger logger, string embedderId, int dimensions);
}
