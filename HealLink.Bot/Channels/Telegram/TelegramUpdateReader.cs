using System.Collections.Frozen;
using System.Globalization;
using HealLink.Core.Messaging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>What one Telegram update means for HealLink: a message for the pipeline, or something to skip.</summary>
internal abstract record TelegramInbound(string? CallbackQueryId)
{
    /// <summary>A person wrote or pressed a button in their private chat with the bot.</summary>
    public sealed record ForPipeline(InboundMessage Message, string? CallbackQueryId) : TelegramInbound(CallbackQueryId);

    /// <summary>Not for us (a group, an edit, a new kind of update) or unreadable; skipped with a reason for the log.</summary>
    public sealed record Skipped(string Reason, string? CallbackQueryId = null) : TelegramInbound(CallbackQueryId);
}

/// <summary>Turns Bot API updates into our own messages: the one place that knows Telegram's update shapes.</summary>
internal static class TelegramUpdateReader
{
    /// <summary>What copyMessage can pass on; a location, contact, poll or story is refused (it could identify someone).</summary>
    private static readonly FrozenSet<string> _copyableKinds = FrozenSet.Create(
        StringComparer.Ordinal, "photo", "sticker", "voice", "video_note", "video", "audio", "document", "animation");

    public static TelegramInbound Read(Update update, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(update);
        var updateId = update.Id.ToString(CultureInfo.InvariantCulture);
        return update switch
        {
            { Message: { } message } => FromMessage(message, updateId, now),
            { CallbackQuery: { } query } => FromCallback(query, updateId, now),
            { EditedMessage: { } edited } => FromEdit(edited, updateId, now),
            { MyChatMember: not null } => new TelegramInbound.Skipped("a change of the bot's membership"),
            _ => new TelegramInbound.Skipped("an update of a kind HealLink does not handle"),
        };
    }

    private static TelegramInbound FromMessage(Message message, string updateId, DateTimeOffset now)
    {
        if (message.Chat is not { Type: ChatType.Private } chat || message.From is not { IsBot: false } from)
        {
            return new TelegramInbound.Skipped("a message outside a private chat with a person");
        }

        var kind = KindOf(message);
        InboundContent content = message.Text is { } text ? new TextInput(text)
            : _copyableKinds.Contains(kind) ? new MediaInput(kind, Id(message.Id), message.Caption, TelegramMediaFiles.Of(message))
            : new UnsupportedInput(kind);
        var inbound = Inbound(chat.Id, message.MessageThreadId, from.Id, updateId, content, now) with
        {
            MessageId = Id(message.Id),
            LanguageCode = from.LanguageCode,
            ReplyToMessageId = message.ReplyToMessage is { } repliedTo ? Id(repliedTo.Id) : null,
        };
        return new TelegramInbound.ForPipeline(inbound, null);
    }

    /// <summary>An edit of a text message: the conversation passes the new text on if the original was relayed.</summary>
    private static TelegramInbound FromEdit(Message edited, string updateId, DateTimeOffset now)
    {
        if (edited.Chat is not { Type: ChatType.Private } chat || edited.From is not { IsBot: false } from)
        {
            return new TelegramInbound.Skipped("an edit outside a private chat with a person");
        }

        if (edited.Text is not { } text)
        {
            return new TelegramInbound.Skipped("an edited caption or media");
        }

        var content = new EditedText(Id(edited.Id), text);
        return new TelegramInbound.ForPipeline(Inbound(chat.Id, edited.MessageThreadId, from.Id, updateId, content, now), null);
    }

    private static TelegramInbound FromCallback(CallbackQuery query, string updateId, DateTimeOffset now)
    {
        if (query.Id is not { } queryId || query.From is not { IsBot: false } from)
        {
            return new TelegramInbound.Skipped("a button press without a person", query.Id);
        }

        if (query.Data is not { } data)
        {
            return new TelegramInbound.Skipped("a button press without data (a game or a link)", queryId);
        }

        // In a private chat the chat id is the person's id, so a press on an inaccessible message still has a home.
        var chat = query.Message?.Chat;
        if (chat is not null && chat.Type != ChatType.Private)
        {
            return new TelegramInbound.Skipped("a button press outside a private chat", queryId);
        }

        var inbound = Inbound(chat?.Id ?? from.Id, query.Message?.MessageThreadId, from.Id, updateId, new ButtonPress(data), now) with
        {
            LanguageCode = from.LanguageCode,
        };
        return new TelegramInbound.ForPipeline(inbound, queryId);
    }

    private static InboundMessage Inbound(long chatId, int? threadId, long userId, string updateId, InboundContent content, DateTimeOffset now) =>
        new(
            new ChatAddress(Platform.Telegram, Id(chatId), threadId is { } thread ? Id(thread) : null),
            Id(userId),
            updateId,
            content,
            now);

    /// <summary>What a message without text carries, in the Bot API's own field names (the words people see).</summary>
    private static string KindOf(Message message) => message.Type switch
    {
        MessageType.Photo => "photo",
        MessageType.Sticker => "sticker",
        MessageType.Voice => "voice",
        MessageType.VideoNote => "video_note",
        MessageType.Video => "video",
        MessageType.Audio => "audio",
        MessageType.Document => "document",
        MessageType.Animation => "animation",
        MessageType.Location => "location",
        MessageType.Contact => "contact",
        MessageType.Poll => "poll",
        MessageType.Dice => "dice",
        MessageType.Venue => "venue",
        MessageType.Story => "story",
        _ => "message",
    };

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
