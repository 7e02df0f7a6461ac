using HealLink.Core.Matching.Embeddings;

namespace HealLink.Bot.Matching;

/// <summary>Says once, at start-up, which embedder compares people's stories, so an operator knows what quality to expect.</summary>
internal sealed partial class EmbedderAnnouncement(IEmbedder embedder, ILogger<EmbedderAnnouncement> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (embedder is HashedNGramEmbedder)
        {
            LogOffline(logger, embedder.Id);
        }
        else
        {
            LogModel(logger, embedder.Id, embedder.Dimensions);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "No embedding model is loaded: matching uses the offline embedder {EmbedderId}, which compares words rather than meaning")]
    private static partial void LogOffline(ILogger logger, string embedderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Matching compares stories with {EmbedderId} ({Dimensions} dimensions)")]
    private static partial void LogModel(ILogger logger, string embedderId, int dimensions);
}
