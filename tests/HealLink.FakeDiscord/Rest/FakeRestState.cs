using System.Globalization;
using System.Text.Json.Nodes;

namespace HealLink.FakeDiscord.Rest;

/// <summary>
/// Everything the fake knows and recorded: people, channels (DMs, guild channels, threads), messages, nonces,
/// typing, interaction answers, commands and CDN files. Handlers change it only under <see cref="Gate"/>.
/// </summary>
internal sealed class FakeRestState(TimeProvider time)
{
    private long _nextId = 1_200_000_000_000_000_000;

    public Lock Gate { get; } = new();

    public TimeProvider Time => time;

    public Dictionary<string, FakeRestUser> Users { get; } = [];

    public HashSet<string> Blocked { get; } = [];

    public Dictionary<string, string> DmChannelByUser { get; } = [];

    public Dictionary<string, string> DmUserByChannel { get; } = [];

    /// <summary>The one guild the fake has: its text channels hold the threads; only its members can be added to one.</summary>
    public const string GuildId = "1150000000000000001";

    public HashSet<string> GuildChannels { get; } = [];

    public HashSet<string> GuildMembers { get; } = [];

    public Dictionary<string, FakeThread> Threads { get; } = [];

    public Dictionary<string, List<FakeMessage>> Messages { get; } = [];

    public Dictionary<string, (FakeMessage Message, DateTimeOffset At)> Nonces { get; } = [];

    public List<string> Typing { get; } = [];

    public List<FakeInteractionCallback> Callbacks { get; } = [];

    public Dictionary<string, FakeMessage> Originals { get; } = [];

    public List<FakeMessage> FollowUps { get; } = [];

    public Dictionary<string, JsonArray> Commands { get; } = [];

    public Dictionary<string, FakeAttachment> CdnFiles { get; } = [];

    public string NewId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    public bool ChannelExists(string channelId) =>
        DmUserByChannel.ContainsKey(channelId) || GuildChannels.Contains(channelId) || Threads.ContainsKey(channelId);

    public void Store(FakeMessage message)
    {
        if (!Messages.TryGetValue(message.ChannelId, out var list))
        {
            Messages[message.ChannelId] = list = [];
        }

        list.Add(message);
    }

    /// <summary>Replaces a stored message by id, wherever it is; false if there is none.</summary>
    public bool Replace(FakeMessage message)
    {
        if (!Messages.TryGetValue(message.ChannelId, out var list))
        {
            return false;
        }

        var index = list.FindIndex(stored => stored.Id == message.Id);
        if (index < 0)
        {
            return false;
        }

        list[index] = message;
        return true;
    }
}
