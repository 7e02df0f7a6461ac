using HealLink.Core.Connections;
using HealLink.Core.Conversations;
using HealLink.Core.Matching.Flow;
using HealLink.Core.Messaging;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.DataRights;

/// <summary>
/// Erases everything held about one person, inside the caller's transaction: their person row (the database
/// cascades it to accounts, profile, conversation state, connections, vectors and waits), every message queued
/// or kept for their chats, and their vector in this process's index. Mentees waiting on them as a mentor are
/// told, neutrally, and can look again.
/// </summary>
public sealed class PersonEraser(IntroIndex index)
{
    // Well under SQLite's limit on a statement's parameters.
    private const int IdsPerDelete = 500;

    /// <returns>The notices for the people their erasure affects.</returns>
    public async Task<IReadOnlyList<OutboundMessage>> EraseAsync(
        HealLinkDbContext db,
        ConversationContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        var personId = context.Person.Id;
        var notices = await NoticesForOthersAsync(db, context, cancellationToken);

        var accounts = await db.PlatformAccounts.Where(a => a.PersonId == personId).ToListAsync(cancellationToken);
        foreach (var account in accounts)
        {
            // What we said to them quotes their answers back (summaries, cards); none of it stays.
            await db.OutboxMessages
                .Where(m => m.Platform == account.Platform && m.ChatId == account.ChatId)
                .ExecuteDeleteAsync(cancellationToken);
        }

        // Messages that carried their words or profile to others: those still queued, and those delivered and kept
        // for retention (the bot's own words to others may name them).
        await db.OutboxMessages.Where(m => m.AboutPersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await ForgetNameInOthersChatsAsync(db, context, cancellationToken);

        Forget(db, context.State);
        Forget(db, context.Profile);
        db.PlatformAccounts.RemoveRange(accounts);
        db.People.Remove(context.Person);
        index.Remove(personId);
        return notices;
    }

    /// <summary>
    /// A neutral word to everyone with an open request or conversation with them: it has ended, and not because of
    /// anything the other did. Each carries their name, so it leaves the outbox once delivered.
    /// </summary>
    private static async Task<List<OutboundMessage>> NoticesForOthersAsync(
        HealLinkDbContext db,
        ConversationContext context,
        CancellationToken cancellationToken)
    {
        var personId = context.Person.Id;
        var open = await db.Connections
            .Where(c => (c.MenteeId == personId || c.MentorId == personId) && ConnectionLifecycle.Open.Contains(c.State))
            .ToListAsync(cancellationToken);
        var notices = new List<OutboundMessage>();
        foreach (var connection in open)
        {
            if (await PersonChats.ChatOfAsync(db, connection.OtherThan(personId), cancellationToken) is not { } chat)
            {
                continue;
            }

            var copy = chat.Copy;
            var notice = (connection.State, erasedIsMentor: connection.MentorId == personId) switch
            {
                (ConnectionState.Requested, true) => new Reply(copy.Conversation.RequestEndedByErasure, [[copy.Conversation.FindMatchButton]]),
                (ConnectionState.Requested, false) => new Reply(copy.Connections.WithdrawnForMentor),
                _ => new Reply(copy.Connections.LeftHealLink(PersonFacts.Name(context.Profile)), connection.MentorId == personId ? [[copy.Connections.LookAgainButton]] : []),
            };
            notices.Add(OutboundMessage.About(personId, chat.Address, notice));
        }

        return notices;
    }

    /// <summary>
    /// Delivered messages kept for retention in the chats of people they were connected with, which name them: a
    /// plain text match on their first name, so it may remove a little more than needed, never less. Undelivered
    /// messages are left to go out (those about them were removed above).
    /// </summary>
    private static async Task ForgetNameInOthersChatsAsync(HealLinkDbContext db, ConversationContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(context.Profile.DisplayName))
        {
            return;
        }

        var personId = context.Person.Id;
        var others = await db.Connections
            .Where(c => c.MenteeId == personId || c.MentorId == personId)
            .Select(c => c.MenteeId == personId ? c.MentorId : c.MenteeId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var chats = await db.PlatformAccounts.Where(a => others.Contains(a.PersonId)).Select(a => a.ChatId).ToListAsync(cancellationToken);
        var name = context.Profile.DisplayName;

        // Matched after reading, not in SQL: the text is stored encrypted.
        var done = await db.OutboxMessages.AsNoTracking()
            .Where(m => chats.Contains(m.ChatId) && (m.SentAt != null || m.FailedAt != null))
            .Select(m => new { m.Id, m.Text, m.ButtonsJson })
            .ToListAsync(cancellationToken);
        var naming = done
            .Where(m => m.Text.Contains(name, StringComparison.Ordinal) || (m.ButtonsJson?.Contains(name, StringComparison.Ordinal) ?? false))
            .Select(m => m.Id)
            .ToList();
        foreach (var ids in naming.Chunk(IdsPerDelete))
        {
            await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>Deletes a row that exists; one only just created in this transaction is simply not saved.</summary>
    private static void Forget(HealLinkDbContext db, object entity)
    {
        var entry = db.Entry(entity);
        if (entry.State == EntityState.Added)
        {
            entry.State = EntityState.Detached;
        }
        else if (entry.State != EntityState.Detached)
        {
            entry.State = EntityState.Deleted;
        }
    }
}
