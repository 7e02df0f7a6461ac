using System.Globalization;
using HealLink.Core.Messaging;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// Turns an outbound message into sendMessage calls: HTML parse mode with everything escaped (people's own words
/// reach this text), parts of at most 4,096 characters split where a reader would pause, and the buttons as an
/// inline keyboard under the last part.
/// </summary>
internal static class TelegramRenderer
{
    /// <summary>Telegram's limit, counted after entity parsing, so escaping does not change what counts.</summary>
    public const int MaxTextLength = 4096;

    /// <exception cref="FormatException">The address is not a Telegram chat id.</exception>
    public static IReadOnlyList<SendMessageRequest> Render(OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var chatId = ParseId(message.To.ChatId);
        var threadId = ParseThreadId(message.To.ThreadId);
        var parts = TextParts.Split(message.Text, MaxTextLength);
        var keyboard = Keyboard(message.Buttons);
        return [.. parts.Select((part, index) => new SendMessageRequest
        {
            ChatId = chatId,
            Text = EscapeHtml(part),
            ParseMode = ParseMode.Html,
            MessageThreadId = threadId,
            ReplyMarkup = index == parts.Count - 1 ? keyboard : null,
            LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
        })];
    }

    /// <exception cref="FormatException">Not a Telegram chat id.</exception>
    public static long ParseId(string id) => long.Parse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <exception cref="FormatException">Not a Telegram message id.</exception>
    public static int ParseMessageId(string id) => int.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <exception cref="FormatException">Not a Telegram topic id.</exception>
    public static int? ParseThreadId(string? id) =>
        id is null ? null : int.Parse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>Outside tags Telegram needs only &amp;, &lt; and &gt; escaped; everything else stays as typed.</summary>
    public static string EscapeHtml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    private static InlineKeyboardMarkup? Keyboard(IReadOnlyList<IReadOnlyList<Button>> rows) =>
        rows.Count == 0
            ? null
            : new InlineKeyboardMarkup(rows.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Payload))));
}
