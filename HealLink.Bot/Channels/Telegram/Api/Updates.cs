using System.Text.Json;
using System.Text.Json.Serialization;

namespace HealLink.Bot.Channels.Telegram.Api;

// The Bot API's objects, as far as HealLink reads them. Unknown fields are ignored; every field a malformed or
// newer update could lack is nullable, and the reader decides what an update without it means. Init-only
// properties rather than constructors, so missing fields bind as null; extension data needs a plain setter, as the
// source generator sets init-only properties at construction.

/// <summary>One incoming update: its id and at most one payload.</summary>
public sealed record Update
{
    public long UpdateId { get; init; }

    public Message? Message { get; init; }

    public Message? EditedMessage { get; init; }

    public CallbackQuery? CallbackQuery { get; init; }

    public ChatMemberUpdated? MyChatMember { get; init; }

    /// <summary>Payload fields this client does not model (newer update types among them).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }
}

public sealed record User
{
    public long Id { get; init; }

    public bool IsBot { get; init; }

    public string? FirstName { get; init; }

    public string? Username { get; init; }

    public string? LanguageCode { get; init; }

    public bool? HasTopicsEnabled { get; init; }
}

public sealed record Chat
{
    public const string Private = "private";

    public long Id { get; init; }

    public string? Type { get; init; }

    public string? Title { get; init; }

    public string? Username { get; init; }

    public string? FirstName { get; init; }
}

public sealed record Message
{
    public long MessageId { get; init; }

    public long Date { get; init; }

    public Chat? Chat { get; init; }

    public User? From { get; init; }

    public string? Text { get; init; }

    public long? MessageThreadId { get; init; }

    public bool? IsTopicMessage { get; init; }

    public string? Caption { get; init; }

    public long? MigrateToChatId { get; init; }

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }

    /// <summary>Everything else: photo, sticker, voice and the rest; their keys say what was sent.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }
}

/// <summary>A button press. <see cref="Message"/> is the message the keyboard was under (date 0 when inaccessible).</summary>
public sealed record CallbackQuery
{
    public string? Id { get; init; }

    public User? From { get; init; }

    public Message? Message { get; init; }

    public string? Data { get; init; }

    public string? InlineMessageId { get; init; }

    public string? ChatInstance { get; init; }
}

/// <summary>In a private chat, arrives when the person blocks or unblocks the bot.</summary>
public sealed record ChatMemberUpdated
{
    public Chat? Chat { get; init; }

    public User? From { get; init; }

    public long Date { get; init; }

    public ChatMember? OldChatMember { get; init; }

    public ChatMember? NewChatMember { get; init; }
}

public sealed record ChatMember
{
    public string? Status { get; init; }

    public User? User { get; init; }
}

/// <summary>
/// An element of getUpdates' result. One malformed update must not make the whole batch unreadable (the offset
/// could then never advance), so each is read on its own: <see cref="Update"/> is null when it could not be read.
/// </summary>
public sealed record ReceivedUpdate(long UpdateId, Update? Update);
