using HealLink.Bot.Channels.Discord.Rest;
using HealLink.Core.Messaging;

namespace HealLink.Bot.Channels.Discord;

/// <summary>
/// Turns an outbound text into Discord messages: parts of at most 2,000 characters, cut where a reader would pause,
/// and the buttons under the last part, five to a row and five rows to a message (more rows follow in messages of
/// their own). Every part carries a nonce from the outbox id, so a part Discord already took is not posted twice when
/// a later part fails and the whole message is tried again.
/// </summary>
internal static class DiscordRenderer
{
    public const int MaxContentLength = 2000;

    public const int ButtonsPerRow = 5;

    public const int RowsPerMessage = 5;

    /// <summary>Discord's limit for a button's label.</summary>
    public const int MaxLabelLength = 80;

    public static IReadOnlyList<DiscordNewMessage> Render(long outboxId, OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var parts = TextParts.Split(message.Text, MaxContentLength).Select(part => new DiscordNewMessage(part)).ToList();
        var rows = message.Buttons.SelectMany(row => row.Chunk(ButtonsPerRow)).Select(Row).ToList();
        var groups = rows.Chunk(RowsPerMessage).ToList();
        if (groups.Count > 0)
        {
            parts[^1] = parts[^1] with { Components = groups[0] };
            parts.AddRange(groups.Skip(1).Select(group => new DiscordNewMessage("") { Components = group }));
        }

        return [.. parts.Select((part, index) => part with { Nonce = Nonce(outboxId, index) })];
    }

    /// <summary>At most 25 characters (Discord's limit): a long's 19 digits, a dash and the part's number.</summary>
    public static string Nonce(long outboxId, int part) => FormattableString.Invariant($"{outboxId}-{part}");

    private static DiscordComponent Row(Button[] buttons) =>
        DiscordComponent.Row([.. buttons.Select(b => DiscordComponent.Button(DiscordButtonStyle.Secondary, Label(b.Label), b.Payload))]);

    private static string Label(string label) => label.Length <= MaxLabelLength ? label : label[..(MaxLabelLength - 1)] + "…";
}
