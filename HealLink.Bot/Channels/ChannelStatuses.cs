using System.Collections.Concurrent;

namespace HealLink.Bot.Channels;

/// <summary>Every chat platform this process serves and how each is doing; each channel asks here for its own.</summary>
public sealed class ChannelStatuses(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, ChannelStatus> _channels = new(StringComparer.Ordinal);

    public ChannelStatus For(string channel) => _channels.GetOrAdd(channel, name => new ChannelStatus(name, timeProvider));

    public IReadOnlyList<ChannelStatus> All => [.. _channels.Values.OrderBy(c => c.Current.Name, StringComparer.Ordinal)];
}
