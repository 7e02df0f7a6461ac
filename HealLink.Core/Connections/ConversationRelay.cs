using System.Diagnostics.CodeAnalysis;
using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.Safety;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Connections;

/// <summary>
/// Passes one message to the other person of an active conversation, labelled with the sender's first name, and
/// keeps it (for the sender's export and for reports). Words that read as a crisis still go through, with a note to
/// the other person and a flag for coordinators.
/// </summary>
internal static class ConversationRelay
{
    private const int FlagExcerptLength = 1000;

    // Telegram's limit for a caption; a longer one is cut rather than the copy refused.
    private const int MaxCaptionLength = 1024;

    public static async Task<IReadOnlyList<OutboundMessage>> RelayAsync(
        HealLinkDbContext db,
        ConversationContext sender,
        ChatAddress chat,
        ConversationIntent.Relay relay,
        string? sourceMessageId,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var open = await OpenFromAsync(db, sender, chat, relay.ConnectionId, cancellationToken);
        if (!open.IsOpen)
        {
            return open.Refusal;
        }

        Keep(db, open.Connection, sender, relay.Text, sourceMessageId, relay.Crisis, now);
        if (open.RecipientChat is null)
        {
            return await UnreachableAsync(db, open, sender, chat, cancellationToken);
        }

        var name = PersonFacts.Name(sender.Profile);
        var copy = open.RecipientChat.Copy.Connections;
        var text = copy.Relayed(name, relay.Text);
        var reply = await NeedsReplyButtonAsync(db, open.RecipientId, open.Connection.Id, cancellationToken)
            ? new Reply(text, [[new Button(copy.ReplyLabel(name), ButtonPayload.TalkTo(open.Connection.Id))]])
            : new Reply(text);
        return [InConversation(open, sender, reply), .. CrisisNote(open, relay.Crisis)];
    }

    /// <summary>
    /// A copy with no "forwarded from" and no link to the sender, labelled with their name: made by the platform where
    /// it can (Telegram to Telegram), otherwise carried by the recipient's channel, which downloads the file and
    /// uploads it again.
    /// </summary>
    public static async Task<IReadOnlyList<OutboundMessage>> RelayMediaAsync(
        HealLinkDbContext db, ConversationContext sender, ChatAddress chat, ConversationIntent.RelayMedia relay, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await OpenFromAsync(db, sender, chat, relay.ConnectionId, cancellationToken);
        if (!open.IsOpen)
        {
            return open.Refusal;
        }

        var media = relay.Media;
        Keep(db, open.Connection, sender, $"[{media.Kind}] {media.Caption}".TrimEnd(), media.MessageId, relay.Crisis, now);
        if (open.RecipientChat is null)
        {
            return await UnreachableAsync(db, open, sender, chat, cancellationToken);
        }

        var name = PersonFacts.Name(sender.Profile);
        var copyOf = new MessageRef(chat.ChatId, media.MessageId);
        RelayedFile? file = null;
        if (!PlatformCopies.WithinItself(chat.Platform, open.RecipientChat.Address.Platform))
        {
            if (media.File is not { } source)
            {
                return [.. await NotCarriedAsync(db, open, sender, chat, media, name, cancellationToken), .. CrisisNote(open, relay.Crisis)];
            }

            file = new RelayedFile(chat.Platform, media.Kind, source.Reference, source.FileName, source.ContentType);
        }

        if (media.TakesCaption)
        {
            var caption = Onboarding.FreeText.Shorten(open.RecipientChat.Copy.Connections.Relayed(name, media.Caption ?? "").TrimEnd(), MaxCaptionLength);
            return [Copy(open, sender, caption, copyOf, file), .. CrisisNote(open, relay.Crisis)];
        }

        // Stickers and round videos take no caption: a line before says whose it is.
        return [InConversation(open, sender, new Reply(open.RecipientChat.Copy.Connections.SentMedia(name, media.Kind))), Copy(open, sender, "", copyOf, file)];
    }

    /// <summary>
    /// A file that cannot be copied and whose download address the platform did not give: neither is left wondering.
    /// The sender is asked to say it in words, the other person learns something was sent, with its caption.
    /// </summary>
    private static async Task<IReadOnlyList<OutboundMessage>> NotCarriedAsync(
        HealLinkDbContext db, OpenConversation open, ConversationContext sender, ChatAddress chat, MediaInput media, string name, CancellationToken cancellationToken)
    {
        var otherName = PersonFacts.Name(await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == open.RecipientId, cancellationToken));
        return
        [
            OutboundMessage.From(chat, new Reply(sender.Copy.Connections.MediaNotCarried(otherName, media.Kind))) with { ConnectionId = open.Connection!.Id },
            InConversation(open, sender, new Reply(open.RecipientChat!.Copy.Connections.MediaNotCarriedToOther(name, media.Kind, media.Caption))),
        ];
    }

    /// <summary>An edit of a relayed message reaches the other person as a short note with the new text.</summary>
    public static async Task<IReadOnlyList<OutboundMessage>> RelayEditAsync(
        HealLinkDbContext db, ConversationContext sender, ChatAddress chat, ConversationIntent.RelayEdit edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var original = await db.RelayedMessages
            .Where(m => m.SenderId == sender.Person.Id && m.SourceMessageId == edit.MessageId)
            .OrderByDescending(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (original is null)
        {
            return [OutboundMessage.From(chat, new Reply(sender.Copy.Connections.EditNotPassedOn))];
        }

        var open = await OpenFromAsync(db, sender, chat, original.ConnectionId, cancellationToken);
        if (!open.IsOpen)
        {
            return open.Refusal;
        }

        // Kept as coordinators read it, in the panel's English.
        Keep(db, open.Connection, sender, ConnectionCopy.English.Edited("", edit.Text).TrimStart(), edit.MessageId, crisis: false, now);
        return open.RecipientChat is null ? [] : [InConversation(open, sender, new Reply(open.RecipientChat.Copy.Connections.Edited(PersonFacts.Name(sender.Profile), edit.Text)))];
    }

    /// <summary>
    /// The other person cannot be written to (they blocked the bot or left the platform): the sender is told rather
    /// than left talking to no one. Their message is kept, as any is.
    /// </summary>
    private static async Task<IReadOnlyList<OutboundMessage>> UnreachableAsync(
        HealLinkDbContext db, OpenConversation open, ConversationContext sender, ChatAddress chat, CancellationToken cancellationToken)
    {
        var name = PersonFacts.Name(await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == open.RecipientId, cancellationToken));
        return [OutboundMessage.From(chat, new Reply(sender.Copy.Connections.CannotReach(name))) with { ConnectionId = open.Connection!.Id }];
    }

    /// <summary>The conversation, if it is open to this sender now; otherwise the reason to give them.</summary>
    private static async Task<OpenConversation> OpenFromAsync(
        HealLinkDbContext db, ConversationContext sender, ChatAddress chat, long connectionId, CancellationToken cancellationToken)
    {
        var connection = await db.Connections.FindAsync([connectionId], cancellationToken);
        if (connection is null || !connection.Involves(sender.Person.Id) || connection.State != ConnectionState.Active)
        {
            return OpenConversation.Refused(chat, sender.Copy.Connections.ConversationGone);
        }

        if (sender.Person.SuspendedAt is not null)
        {
            return OpenConversation.Refused(chat, sender.Copy.Connections.Suspended);
        }

        var recipientId = connection.OtherThan(sender.Person.Id);
        return new OpenConversation(connection, recipientId, await PersonChats.ChatOfAsync(db, recipientId, cancellationToken), []);
    }

    private static void Keep(HealLinkDbContext db, Connection connection, ConversationContext sender, string text, string? sourceMessageId, bool crisis, DateTimeOffset now)
    {
        db.RelayedMessages.Add(new RelayedMessage
        {
            ConnectionId = connection.Id,
            SenderId = sender.Person.Id,
            Text = text,
            SentAt = now,
            SourceMessageId = sourceMessageId,
        });
        if (crisis)
        {
            Flag(db, sender.Person.Id, connection.Id, CrisisSource.Conversation, text, now);
        }
    }

    private static OutboundMessage InConversation(OpenConversation open, ConversationContext sender, Reply reply) =>
        OutboundMessage.About(sender.Person.Id, open.RecipientChat!.Address, reply) with { ConnectionId = open.Connection!.Id };

    private static OutboundMessage Copy(OpenConversation open, ConversationContext sender, string caption, MessageRef copyOf, RelayedFile? file) =>
        new OutboundMessage(open.RecipientChat!.Address, OutboundKind.Copy, caption, [])
        {
            AboutPersonId = sender.Person.Id,
            ConnectionId = open.Connection!.Id,
            CopyOf = copyOf,
            File = file,
        };

    private static IEnumerable<OutboundMessage> CrisisNote(OpenConversation open, bool crisis) =>
        crisis && open.RecipientChat is { } chat
            ? [OutboundMessage.From(chat.Address, new Reply(chat.Copy.Connections.CrisisNoteForOther)) with { ConnectionId = open.Connection!.Id }]
            : [];

    public static void Flag(HealLinkDbContext db, long personId, long? connectionId, CrisisSource source, string text, DateTimeOffset now) =>
        db.CrisisFlags.Add(new CrisisFlag
        {
            PersonId = personId,
            ConnectionId = connectionId,
            Source = source,
            Excerpt = Onboarding.FreeText.Shorten(text, FlagExcerptLength),
            Status = FlagStatus.New,
            CreatedAt = now,
        });

    /// <summary>
    /// A recipient with several conversations, whose typing goes elsewhere, gets a button to answer this one: their
    /// reply is never sent to the wrong person by habit.
    /// </summary>
    private static async Task<bool> NeedsReplyButtonAsync(HealLinkDbContext db, long recipientId, long connectionId, CancellationToken cancellationToken)
    {
        var active = await db.Connections.CountAsync(
            c => (c.MenteeId == recipientId || c.MentorId == recipientId) && c.State == ConnectionState.Active, cancellationToken);
        if (active < 2)
        {
            return false;
        }

        var current = await db.ConversationStates.AsNoTracking()
            .Where(s => s.PersonId == recipientId)
            .Select(s => s.CurrentConnectionId)
            .FirstOrDefaultAsync(cancellationToken);
        return current != connectionId;
    }
}

/// <summary>A conversation a message may go into, or (when not <see cref="IsOpen"/>) what to tell the sender instead.</summary>
internal sealed record OpenConversation(Connection? Connection, long RecipientId, PersonChat? RecipientChat, IReadOnlyList<OutboundMessage> Refusal)
{
    [MemberNotNullWhen(true, nameof(Connection))]
    public bool IsOpen => Connection is not null;

    public static OpenConversation Refused(ChatAddress chat, string reason) =>
        new(null, 0, null, [OutboundMessage.From(chat, new Reply(reason))]);
}
