using HealLink.Bot.Channels.Media;
using HealLink.Core.Messaging;

namespace HealLink.Bot.Tests.Channels.Media;

/// <summary>A platform's files as a test decides: every download answers <paramref name="answer"/>.</summary>
internal sealed class StubMediaSource(Platform platform, MediaDownload answer) : IMediaSource
{
    public Platform Platform => platform;

    public Task<MediaDownload> DownloadAsync(string reference, long maxBytes, CancellationToken cancellationToken) =>
        Task.FromResult(answer);
}
