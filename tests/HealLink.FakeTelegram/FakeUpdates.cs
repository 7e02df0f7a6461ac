using System.Text.Json.Nodes;

namespace HealLink.FakeTelegram;

/// <summary>What people do, turned into the updates Telegram would queue for the bot.</summary>
internal sealed class FakeUpdates(FakeState state)
{
    // Storing a message and queueing its update happen together, so update ids follow message ids.
    private readonly Lock _gate = new();

    // A few bytes that start like a JPEG; nobody decodes them.
    private static ReadOnlySpan<byte> PhotoBytes => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0xFF, 0xD9];

    /// <summary>
    /// The person sends a text in their private chat; returns the update_id. A leading /command gets its
    /// bot_command entity, as Telegram adds one.
    /// </summary>
    public long EnqueueText(FakeTelegramUser user, string text, long? threadId = null, long? replyToMessageId = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrEmpty(text);
        return EnqueueMessage(user, new MessageContent(Typed(text)), threadId, replyToMessageId);
    }

    /// <summary>The person records a voice note (a few bytes of Ogg).</summary>
    public long EnqueueVoice(FakeTelegramUser user, long? threadId = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var file = state.Files.AddVoice([0x4F, 0x67, 0x67, 0x53, 0x00, 0x02]);
        return EnqueueMessage(user, new MessageContent(new FormattedText("", [])) { Voice = file }, threadId, null);
    }

    /// <summary>The person edits a text message they sent: an edited_message update with the new text.</summary>
    public long EnqueueEdit(FakeTelegramUser user, long messageId, string newText)
    {
        ArgumentNullException.ThrowIfNull(user);
        lock (_gate)
        {
            var edited = state.Chats.EditIncoming(user, messageId, state.Time.GetUtcNow(), Typed(newText));
            return state.Updates.Enqueue(new JsonObject { ["edited_message"] = TelegramObjects.Message(edited, state.Bot) });
        }
    }

    private static FormattedText Typed(string text)
    {
        var command = text.StartsWith('/') ? text.TakeWhile(c => !char.IsWhiteSpace(c)).Count() : 0;
        IReadOnlyList<TextEntity> entities = command > 1 ? [new TextEntity("bot_command", 0, command)] : [];
        return new FormattedText(text, entities);
    }

    /// <summary>
    /// The person sends a photo (one size; a few JPEG-like bytes unless <paramref name="bytes"/> are given), which
    /// getFile and the file download then serve.
    /// </summary>
    public long EnqueuePhoto(FakeTelegramUser user, string? caption, byte[]? bytes = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var file = state.Files.AddPhoto(bytes ?? PhotoBytes.ToArray());
        return EnqueueMessage(user, new MessageContent(new FormattedText(caption ?? "", [])) { Photo = file });
    }

    /// <summary>
    /// The person presses a button of a message the bot sent them: a callback_query carrying that message as it now
    /// stands. The data is sent as given, even if no button carries it (a stale or forged press).
    /// </summary>
    public long EnqueueCallback(FakeTelegramUser user, long messageId, string data)
    {
        ArgumentNullException.ThrowIfNull(user);
        var message = state.Chats.Find(user.ChatId, messageId);
        if (message is not { IsFromBot: true })
        {
            throw new ArgumentException($"The bot sent no message {messageId} to chat {user.ChatId}.", nameof(messageId));
        }

        var query = new JsonObject
        {
            ["id"] = state.Callbacks.Issue(),
            ["from"] = TelegramObjects.User(user),
            ["message"] = TelegramObjects.Message(message, state.Bot),
            ["chat_instance"] = TelegramObjects.ChatInstance(user.ChatId),
            ["data"] = data,
        };
        return state.Updates.Enqueue(new JsonObject { ["callback_query"] = query });
    }

    /// <summary>
    /// Blocking makes every send to the person answer 403 "Forbidden: bot was blocked by the user"; unblocking ends
    /// that. Either change queues the my_chat_member update Telegram sends (status kicked, or member again).
    /// </summary>
    public void SetBlocked(FakeTelegramUser user, bool blocked)
    {
        ArgumentNullException.ThrowIfNull(user);
        lock (_gate)
        {
            if (!state.Chats.SetBlocked(user.ChatId, blocked))
            {
                return;
            }

            var (was, now) = blocked ? ("member", "kicked") : ("kicked", "member");
            var change = new JsonObject
            {
                ["chat"] = TelegramObjects.Chat(new ChatIdentity(user.ChatId, "private", FirstName: user.FirstName)),
                ["from"] = TelegramObjects.User(user),
                ["date"] = state.Time.GetUtcNow().ToUnixTimeSeconds(),
                ["old_chat_member"] = Member(was),
                ["new_chat_member"] = Member(now),
            };
            state.Updates.Enqueue(new JsonObject { ["my_chat_member"] = change });
        }
    }

    private JsonObject Member(string status)
    {
        var member = new JsonObject { ["status"] = status, ["user"] = TelegramObjects.Bot(state.Bot) };
        if (status == "kicked")
        {
            member["until_date"] = 0;
        }

        return member;
    }

    private long EnqueueMessage(FakeTelegramUser user, MessageContent content, long? threadId = null, long? replyToMessageId = null)
    {
        lock (_gate)
        {
            var message = state.Chats.AddIncoming(user, state.Time.GetUtcNow(), content, threadId, replyToMessageId);
            return state.Updates.Enqueue(new JsonObject { ["message"] = TelegramObjects.Message(message, state.Bot) });
        }
    }
}
