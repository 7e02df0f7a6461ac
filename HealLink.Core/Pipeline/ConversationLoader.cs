using HealLink.Core.Connections;
using HealLink.Core.Conversations;
using HealLink.Core.Languages;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Pipeline;

/// <summary>Finds the person behind an inbound message, with their profile and state; someone new is created.</summary>
internal static class ConversationLoader
{
    public static async Task<ConversationContext> LoadOrCreateAsync(
        HealLinkDbContext db,
        InboundMessage message,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var platform = message.Chat.Platform;
        var account = await db.PlatformAccounts
            .SingleOrDefaultAsync(a => a.Platform == platform && a.PlatformUserId == message.PlatformUserId, cancellationToken);
        if (account is null)
        {
            return await CreateAsync(db, message, now, cancellationToken);
        }

        if (account.UnreachableSince is not null)
        {
            // They wrote to us, so they can be written to again (they unblocked the bot).
            account.UnreachableSince = null;
            account.UnreachableReason = null;
        }

        var person = await db.People.Include(p => p.Profile).SingleAsync(p => p.Id == account.PersonId, cancellationToken);
        person.Profile ??= NewProfile(person.Id, now);
        var state = await db.ConversationStates.FindAsync([person.Id], cancellationToken);
        if (state is null)
        {
            state = NewState(person.Id, now);
            db.ConversationStates.Add(state);
        }

        return new ConversationContext(person, person.Profile, state)
        {
            Connections = await OpenConnectionsAsync(db, person.Id, cancellationToken),
            AddressedConnectionId = await AddressedConnectionAsync(db, message, cancellationToken),
        };
    }

    /// <summary>The conversation whose thread this was written in, or whose message it replies to.</summary>
    private static async Task<long?> AddressedConnectionAsync(HealLinkDbContext db, InboundMessage message, CancellationToken cancellationToken)
    {
        var chat = message.Chat;
        if (chat.ThreadId is { } threadId)
        {
            var inThread = await db.ConversationThreads.AsNoTracking()
                .Where(t => t.Platform == chat.Platform && t.ChatId == chat.ChatId && t.ThreadId == threadId)
                .Select(t => (long?)t.ConnectionId)
                .FirstOrDefaultAsync(cancellationToken);
            if (inThread is not null)
            {
                return inThread;
            }
        }

        if (message.ReplyToMessageId is not { } repliedTo)
        {
            return null;
        }

        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Platform == chat.Platform && m.ChatId == chat.ChatId && m.PlatformMessageId == repliedTo)
            .Select(m => m.ConnectionId)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The person's open requests and conversations, oldest first, with the other person's first name.</summary>
    private static async Task<IReadOnlyList<ConnectionSummary>> OpenConnectionsAsync(HealLinkDbContext db, long personId, CancellationToken cancellationToken)
    {
        var open = await (
                from connection in db.Connections
                where (connection.MenteeId == personId || connection.MentorId == personId) && ConnectionLifecycle.Open.Contains(connection.State)
                join other in db.Profiles on (connection.MenteeId == personId ? connection.MentorId : connection.MenteeId) equals other.PersonId
                orderby connection.Id
                select new { connection.Id, connection.State, connection.MentorId, other.DisplayName })
            .ToListAsync(cancellationToken);
        return [.. open.Select(c => new ConnectionSummary(c.Id, c.State, c.MentorId == personId, c.DisplayName ?? "your match"))];
    }

    private static async Task<ConversationContext> CreateAsync(
        HealLinkDbContext db,
        InboundMessage message,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var person = new Person { CreatedAt = now, Language = Language.FromCode(message.LanguageCode) };
        person.Accounts.Add(new PlatformAccount
        {
            Platform = message.Chat.Platform,
            PlatformUserId = message.PlatformUserId,
            ChatId = message.Chat.ChatId,
            CreatedAt = now,
        });
        db.People.Add(person);

        // The id is needed for the rows keyed by it; still inside the caller's transaction.
        await db.SaveChangesAsync(cancellationToken);
        person.Profile = NewProfile(person.Id, now);
        var state = NewState(person.Id, now);
        db.ConversationStates.Add(state);
        return new ConversationContext(person, person.Profile, state);
    }

    private static Profile NewProfile(long personId, DateTimeOffset now) => new() { PersonId = personId, UpdatedAt = now };

    private static ConversationState NewState(long personId, DateTimeOffset now) =>
        new() { PersonId = personId, Mode = ConversationMode.Onboarding, UpdatedAt = now };
}
