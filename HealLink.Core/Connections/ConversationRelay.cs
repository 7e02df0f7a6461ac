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

    public static async Task<IReadOnlyList<OutboundMessage>> RelayAsync(
        HealLinkDbContext db, ConversationContext sender, ChatAddress chat, ConversationIntent.Relay relay, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await db.Connections.FindAsync([relay.ConnectionId], cancellationToken);
        if (connection is null || !connection.Involves(sender.Person.Id) || connection.State != ConnectionState.Active)
        {
            return [OutboundMessage.From(chat, new Reply(ConnectionCopy.ConversationGone))];
        }

        if (sender.Person.SuspendedAt is not null)
        {
            return [OutboundMessage.From(chat, new Reply(ConnectionCopy.Suspended))];
        }

        db.RelayedMessages.Add(new RelayedMessage { ConnectionId = connection.Id, SenderId = sender.Person.Id, Text = relay.Text, SentAt = now });
        if (relay.Crisis)
        {
            Flag(db, sender.Person.Id, connection.Id, CrisisSource.Conversation, relay.Text, now);
        }

        var recipientId = connection.OtherThan(sender.Person.Id);
        if (await PersonChats.ChatOfAsync(db, recipientId, cancellationToken) is not { } recipientChat)
        {
            return [];
        }

        var text = ConnectionCopy.Relayed(PersonFacts.Name(sender.Profile), relay.Text);
        var reply = await NeedsReplyButtonAsync(db, recipientId, connection.Id, cancellationToken)
            ? new Reply(text, [[new Button(ConnectionCopy.ReplyLabel(PersonFacts.Name(sender.Profile)), ButtonPayload.TalkTo(connection.Id))]])
            : new Reply(text);
        List<OutboundMessage> messages = [OutboundMessage.About(sender.Person.Id, recipientChat, reply)];
        if (relay.Crisis)
        {
            messages.Add(OutboundMessage.From(recipientChat, new Reply(ConnectionCopy.CrisisNoteForOther)));
        }

        return messages;
    }

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
