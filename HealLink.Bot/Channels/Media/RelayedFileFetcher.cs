using HealLink.Core.Messaging;

namespace HealLink.Bot.Channels.Media;

/// <summary>
/// Fetches a relayed file from the platform it was sent on, through that platform's <see cref="IMediaSource"/>; a
/// platform whose channel does not run in this process cannot be fetched from.
/// </summary>
public sealed class RelayedFileFetcher(IEnumerable<IMediaSource> sources)
{
    private readonly IReadOnlyList<IMediaSource> _sources = [.. sources];

    public Task<MediaDownload> FetchAsync(RelayedFile file, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        return _sources.FirstOrDefault(source => source.Platform == file.From) is { } source
            ? source.DownloadAsync(file.Reference, maxBytes, cancellationToken)
            : Task.FromResult<MediaDownload>(new MediaDownload.Failed(
                $"files from {file.From} cannot be fetched: its channel does not run in this process", Transient: false));
    }
}
