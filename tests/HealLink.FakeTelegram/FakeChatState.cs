using HealLink.FakeTelegram.Routing;

namespace HealLink.FakeTelegram;

/// <summary>A message the bot asks to send (or copy) into a chat.</summary>
internal sealed record OutgoingMessage(long ChatId, long? ThreadId, MessageContent Content)
{
    public ReplyTarget? Reply { get; init; }

    public bool DisableNotification { get; init; }
}

/// <summary>reply_parameters (or the older reply_to_message_id).</summary>
internal sealed record ReplyTarget(long MessageId, long? ChatId, bool AllowSendingWithoutReply);

/// <summary>
/// All chats, under one lock so that concurrent sends, edits and test setup never see one another half done. The
/// checks a send makes run in Telegram's order: chat known, not migrated, not blocked, thread, reply, flood control.
/// </summary>
internal sealed class FakeChatState(FakeRateLimiter limiter)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, FakeChat> _chats = [];
    private long _lastUserId = 1000;

    public FakeTelegramUser CreateUser(string firstName, string? languageCode)
    {
        lock (_gate)
        {
            var id = ++_lastUserId;
            var user = new FakeTelegramUser(id, firstName, languageCode)
            {
                LastName = $"Surname{id}",
                Username = $"{firstName.ToLowerInvariant()}_handle_{id}",
            };
            _chats.Add(user.Id, new FakeChat(new ChatIdentity(user.Id, "private", FirstName: firstName)));
            return user;
        }
    }

    /// <summary>Returns whether this changed anything.</summary>
    public bool SetBlocked(long chatId, bool blocked)
    {
        lock (_gate)
        {
            var chat = Known(chatId);
            var changed = chat.Blocked != blocked;
            chat.Blocked = blocked;
            return changed;
        }
    }

    public void Migrate(long chatId, long newChatId)
    {
        lock (_gate)
        {
            if (!_chats.TryGetValue(chatId, out var old))
            {
                _chats[chatId] = old = new FakeChat(new ChatIdentity(chatId, "group", Title: $"Group {chatId}"));
            }

            old.MigratedTo = newChatId;
            _chats.TryAdd(newChatId, new FakeChat(new ChatIdentity(newChatId, "supergroup", Title: old.Identity.Title ?? $"Group {chatId}")));
        }
    }

    public StoredMessage AddIncoming(FakeTelegramUser user, DateTimeOffset at, MessageContent content, long? threadId = null, long? replyToMessageId = null)
    {
        lock (_gate)
        {
            var chat = Known(user.ChatId);
            var replyTo = replyToMessageId is { } id
                ? chat.Find(id) ?? throw new ArgumentException($"No message {id} in chat {user.ChatId} to reply to.", nameof(replyToMessageId))
                : null;
            var message = new StoredMessage(chat.NextMessageId(), chat.Identity, user, at, content) { ThreadId = threadId, ReplyTo = replyTo };
            chat.Messages.Add(message);
            return message;
        }
    }

    /// <summary>The person edits their own message: it is replaced, with an edit date, and returned as it now stands.</summary>
    public StoredMessage EditIncoming(FakeTelegramUser user, long messageId, DateTimeOffset at, FormattedText text)
    {
        lock (_gate)
        {
            var chat = Known(user.ChatId);
            var index = chat.Messages.FindIndex(m => m.MessageId == messageId && m.From == user);
            if (index < 0)
            {
                throw new ArgumentException($"{user.FirstName} sent no message {messageId}.", nameof(messageId));
            }

            var edited = chat.Messages[index] with { Content = chat.Messages[index].Content with { Formatted = text }, EditDate = at };
            chat.Messages[index] = edited;
            return edited;
        }
    }

    public StoredMessage? Find(long chatId, long messageId)
    {
        lock (_gate)
        {
            return _chats.GetValueOrDefault(chatId)?.Find(messageId);
        }
    }

    public IReadOnlyList<FakeSentMessage> SentTo(long chatId)
    {
        lock (_gate)
        {
            return _chats.TryGetValue(chatId, out var chat) ? [.. chat.Messages.Where(m => m.IsFromBot).Select(m => m.ToSent())] : [];
        }
    }

    public IReadOnlyList<FakeSentMessage> History(long chatId)
    {
        lock (_gate)
        {
            return _chats.TryGetValue(chatId, out var chat) ? [.. chat.Messages.Select(m => m.ToSent())] : [];
        }
    }

    public StoredMessage Send(OutgoingMessage outgoing, DateTimeOffset at)
    {
        lock (_gate)
        {
            return SendLocked(outgoing, null, at);
        }
    }

    /// <summary>copyMessage: the original must exist; <paramref name="adapt"/> turns its content into the copy's.</summary>
    public StoredMessage Copy(FakeMessageRef original, OutgoingMessage target, Func<MessageContent, MessageContent> adapt, DateTimeOffset at)
    {
        lock (_gate)
        {
            var source = Known(original.ChatId).Find(original.MessageId)
                ?? throw TelegramError.BadRequest("message to copy not found");
            return SendLocked(target with { Content = adapt(source.Content) }, original, at);
        }
    }

    /// <summary>Replaces one of the bot's messages with <paramref name="change"/>'s result, as Telegram edits do.</summary>
    public StoredMessage Edit(long chatId, long messageId, Func<StoredMessage, MessageContent> change, DateTimeOffset at)
    {
        lock (_gate)
        {
            var chat = Writable(chatId);
            var index = chat.Messages.FindIndex(m => m.MessageId == messageId);
            if (index < 0)
            {
                throw TelegramError.BadRequest("message to edit not found");
            }

            var current = chat.Messages[index];
            if (!current.IsFromBot)
            {
                throw TelegramError.BadRequest("message can't be edited");
            }

            var content = change(current);
            if (content.SameAs(current.Content))
            {
                throw TelegramError.BadRequest(
                    "message is not modified: specified new message content and reply markup are exactly the same as a "
                    + "current content and reply markup of the message");
            }

            return chat.Messages[index] = current with { Content = content, EditDate = at };
        }
    }

    /// <summary>The checks of a send without the sending (sendChatAction).</summary>
    public void CheckWritable(long chatId, long? threadId)
    {
        lock (_gate)
        {
            CheckThread(Writable(chatId), threadId);
        }
    }

    /// <summary>createForumTopic: returns the new message_thread_id.</summary>
    public long CreateTopic(long chatId)
    {
        lock (_gate)
        {
            var chat = Writable(chatId);
            var threadId = chat.NextMessageId();
            chat.Topics.Add(threadId);
            return threadId;
        }
    }

    private StoredMessage SendLocked(OutgoingMessage outgoing, FakeMessageRef? copiedFrom, DateTimeOffset at)
    {
        var chat = Writable(outgoing.ChatId);
        CheckThread(chat, outgoing.ThreadId);
        StoredMessage? replyTo = null;
        if (outgoing.Reply is { } reply)
        {
            replyTo = _chats.GetValueOrDefault(reply.ChatId ?? chat.Id)?.Find(reply.MessageId);
            if (replyTo is null && !reply.AllowSendingWithoutReply)
            {
                throw TelegramError.BadRequest("message to be replied not found");
            }
        }

        if (limiter.TryAcquire(chat.Id) is { } retryAfter)
        {
            throw TelegramError.TooManyRequests(retryAfter);
        }

        var message = new StoredMessage(chat.NextMessageId(), chat.Identity, null, at, outgoing.Content)
        {
            ThreadId = outgoing.ThreadId is 0 ? null : outgoing.ThreadId,
            ReplyTo = replyTo,
            CopiedFrom = copiedFrom,
            DisableNotification = outgoing.DisableNotification,
        };
        chat.Messages.Add(message);
        return message;
    }

    private FakeChat Known(long chatId) =>
        _chats.TryGetValue(chatId, out var chat) ? chat : throw TelegramError.BadRequest("chat not found");

    private FakeChat Writable(long chatId)
    {
        var chat = Known(chatId);
        if (chat.MigratedTo is { } newChatId)
        {
            throw TelegramError.Migrated(newChatId);
        }

        return chat.Blocked ? throw TelegramError.Forbidden("bot was blocked by the user") : chat;
    }

    private static void CheckThread(FakeChat chat, long? threadId)
    {
        if (threadId is { } id and not 0 && !chat.Topics.Contains(id))
        {
            throw TelegramError.BadRequest("message thread not found");
        }
    }
}
