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
    /// <returns>The notices for the people their erasure affects.</returns>
    public async Task<IReadOnlyList<OutboundMessage>> EraseAsync(
        HealLinkDbContext db,
        ConversationContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        var personId = context.Person.Id;
        var notices = await NoticesForWaitingMenteesAsync(db, personId, cancellationToken);

        var accounts = await db.PlatformAccounts.Where(a => a.PersonId == personId).ToListAsync(cancellationToken);
        foreach (var account in accounts)
        {
            // What we said to them quotes their answers back (summaries, cards); none of it stays.
            await db.OutboxMessages
                .Where(m => m.Platform == account.Platform && m.ChatId == account.ChatId)
                .ExecuteDeleteAsync(cancellationToken);
        }

        Forget(db, context.State);
        Forget(db, context.Profile);
        db.PlatformAccounts.RemoveRange(accounts);
        db.People.Remove(context.Person);
        index.Remove(personId);
        return notices;
    }

    private static async Task<List<OutboundMessage>> NoticesForWaitingMenteesAsync(
        HealLinkDbContext db,
        long mentorId,
        CancellationToken cancellationToken)
    {
        var chats = await (
                from connection in db.Connections
                where connection.MentorId == mentorId && connection.State == ConnectionState.Requested
                join account in db.PlatformAccounts on connection.MenteeId equals account.PersonId
                select new { account.Platform, account.ChatId })
            .ToListAsync(cancellationToken);
        return [.. chats.Select(chat => new OutboundMessage(
            new ChatAddress(chat.Platform, chat.ChatId),
            OutboundKind.Text,
            ConversationCopy.RequestEndedByErasure,
            [[ConversationCopy.FindMatchButton]]))];
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
