using HealLink.Core.Messaging;

namespace HealLink.Bot.Channels.Media;

/// <summary>
/// Fetches a person's file from the platform it was sent on, so another platform's channel can upload it again.
/// Each running channel registers one; the bytes stay in memory and are never logged.
/// </summary>
public interface IMediaSource
{
    Platform Platform { get; }

    /// <summary>The file named by <paramref name="reference"/> (as that platform's reader gave it), if it is at most <paramref name="maxBytes"/>.</summary>
    Task<MediaDownload> DownloadAsync(string reference, long maxBytes, CancellationToken cancellationToken);
}
