namespace HealLink.FakeTelegram;

/// <summary>One chat and everything in it. Not thread-safe: only <see cref="FakeChatState"/> touches it, under its lock.</summary>
internal sealed class FakeChat(ChatIdentity identity)
{
    private long _lastMessageId;

    public ChatIdentity Identity => identity;

    public long Id => identity.Id;

    /// <summary>Both sides' messages, oldest first; ids rise by one per chat, shared by people, bot and topics.</summary>
    public List<StoredMessage> Messages { get; } = [];

    /// <summary>Forum topics by message_thread_id (the id of the message that created the topic, as in Telegram).</summary>
    public HashSet<long> Topics { get; } = [];

    public bool Blocked { get; set; }

    public long? MigratedTo { get; set; }

    public long NextMessageId() => ++_lastMessageId;

    public StoredMessage? Find(long messageId) => Messages.Find(m => m.MessageId == messageId);
}
