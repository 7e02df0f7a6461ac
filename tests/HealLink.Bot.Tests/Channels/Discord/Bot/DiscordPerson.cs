using HealLink.Core.Tests.Conversations;
using HealLink.FakeDiscord;
using HealLink.FakeDiscord.Gateway;
using HealLink.FakeDiscord.Rest;

namespace HealLink.Bot.Tests.Channels.Discord.Bot;

/// <summary>
/// Someone using Discord: what they write arrives as a MESSAGE_CREATE from their DM channel, a button they press as
/// an INTERACTION_CREATE carrying its custom_id; what they read is what the bot posted to that DM channel.
/// </summary>
internal sealed class DiscordPerson(FakeDiscordServer discord, FakeDiscordUser user)
{
    /// <summary>The running bot's database, where the person waits for each update to be handled.</summary>
    public BotDatabase? Database { get; set; }

    public FakeDiscordUser User => user;

    public IReadOnlyList<FakeMessage> Received => discord.Rest.Messages(user.DmChannelId);

    public FakeMessage Last => Received[^1];

    /// <summary>The id of the message they wrote last.</summary>
    public string? LastWrittenId { get; private set; }

    public Task<IReadOnlyList<FakeMessage>> SayAsync(string text) =>
        SendAsync(() => "m" + (LastWrittenId = discord.Gateway.DispatchMessageCreate(user, text)));

    /// <summary>They edit a message they wrote to say <paramref name="text"/> instead.</summary>
    public Task<IReadOnlyList<FakeMessage>> EditAsync(string messageId, string text)
    {
        var at = DateTimeOffset.UtcNow;
        return SendAsync(() =>
        {
            discord.Gateway.DispatchMessageUpdate(user, messageId, text, at);
            return FormattableString.Invariant($"e{messageId}:{at:O}");
        });
    }

    /// <summary>
    /// The person sends a file already on the CDN, with <paramref name="caption"/> as the message's words, in their DMs
    /// or in the server channel <paramref name="channelId"/>.
    /// </summary>
    public Task<IReadOnlyList<FakeMessage>> SendFileAsync(FakeAttachment file, string caption, string? channelId = null) =>
        SendAsync(() => "m" + discord.Gateway.DispatchMessageCreate(
            user, caption, channelId: channelId, guildId: channelId is null ? null : FakeRest.GuildId, attachments: [file]));

    public Task<IReadOnlyList<FakeMessage>> PressAsync(string label) => PressInAsync(null, label);

    /// <summary>They write in a server channel (their conversation's thread, in thread mode).</summary>
    public Task<IReadOnlyList<FakeMessage>> SayInAsync(string channelId, string text) =>
        SendAsync(() => "m" + (LastWrittenId = discord.Gateway.DispatchMessageCreate(user, text, channelId: channelId, guildId: FakeRest.GuildId)));

    /// <summary>They press a button on a message in their DMs, or in the server channel <paramref name="channelId"/>.</summary>
    public Task<IReadOnlyList<FakeMessage>> PressInAsync(string? channelId, string label)
    {
        var (message, customId) = ReceivedIn(channelId)
            .SelectMany(m => Buttons(m).Select(b => (Message: m, Button: b)))
            .Where(pair => pair.Button.Label.TrimStart('✓', ' ') == label)
            .Select(pair => (pair.Message, pair.Button.CustomId))
            .LastOrDefault();
        if (message is null)
        {
            throw new InvalidOperationException($"No button '{label}' in: {string.Join(" | ", ReceivedIn(channelId).SelectMany(Buttons).Select(b => b.Label))}");
        }

        return SendAsync(() => "i" + discord.Gateway.DispatchButtonPress(
            user, message.Id, customId, channelId: channelId, guildId: channelId is null ? null : FakeRest.GuildId));
    }

    /// <summary>What the bot posted in their DMs (null), or in a server channel.</summary>
    public IReadOnlyList<FakeMessage> ReceivedIn(string? channelId) => channelId is null ? Received : discord.Rest.Messages(channelId);

    public Task RunAsync(IEnumerable<ChatStep> steps) => steps.PlayAsync(SayAsync, PressAsync);

    /// <summary>Every button on a message, row by row, as the bot sent them.</summary>
    public static IEnumerable<(string Label, string CustomId)> Buttons(FakeMessage message) =>
        (message.Components ?? [])
            .SelectMany(row => row?["components"]?.AsArray() ?? [])
            .Where(component => (int?)component?["type"] == 2)
            .Select(component => ((string)component!["label"]!, (string)component["custom_id"]!));

    private async Task<IReadOnlyList<FakeMessage>> SendAsync(Func<string> dispatch)
    {
        var database = Database ?? throw new InvalidOperationException("No bot is running");
        var before = Received.Count;
        await database.WaitUntilHandledAsync(Core.Messaging.Platform.Discord, dispatch());
        return [.. Received.Skip(before)];
    }
}
