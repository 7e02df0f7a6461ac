using HealLink.Bot.Channels.Discord.Rest;
using HealLink.Bot.Channels.Media;
using HealLink.Core.Messaging;

namespace HealLink.Bot.Channels.Discord;

/// <summary>A person's attachment from Discord, by its CDN address (which expires; a gone file is not retried).</summary>
internal sealed class DiscordMediaSource(DiscordAttachmentDownloader downloader) : IMediaSource
{
    public Platform Platform => Platform.Discord;

    public async Task<MediaDownload> DownloadAsync(string reference, long maxBytes, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(reference, UriKind.Absolute, out var url))
        {
            return new MediaDownload.Failed("not a Discord attachment address", Transient: false);
        }

        var result = await downloader.DownloadAsync(url, maxBytes, cancellationToken);
        return result.Failure is { } failure
            ? new MediaDownload.Failed(failure.ToString(), failure.Outcome is DiscordOutcome.Transient or DiscordOutcome.RetryAfter)
            : new MediaDownload.Fetched(result.Value!);
    }
}
