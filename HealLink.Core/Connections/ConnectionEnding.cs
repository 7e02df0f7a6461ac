using System.Globalization;
using HealLink.Core.Conversations;
using HealLink.Core.Languages;
using HealLink.Core.Messaging;
using HealLink.Core.Safety;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Connections;

/// <summary>
/// How a conversation ends (/end, /block) and what follows: both people are asked for a rating and an optional
/// comment; /report hands coordinators the conversation's last messages.
/// </summary>
internal static class ConnectionEnding
{
    private const int MessagesInAReport = 20;
    private const int CommentLength = 1000;

    public static async Task<IReadOnlyList<OutboundMessage>> EndAsync(
        HealLinkDbContext db, ConversationContext person, ChatAddress chat, ConversationIntent.EndConnection end, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await db.Connections.FindAsync([end.ConnectionId], cancellationToken);
        if (connection is null || !connection.Involves(person.Person.Id) || !ConnectionLifecycle.TryApply(connection, ConnectionEvent.End, now))
        {
            return [OutboundMessage.From(chat, new Reply(person.Copy.Connections.ConversationGone))];
        }

        connection.EndedBy = person.Person.Id;
        connection.EndReason = end.Reason;
        var otherId = connection.OtherThan(person.Person.Id);
        var blocked = end.Reason == EndReason.Blocked;
        if (blocked)
        {
            // Coordinators look at every block: it can be the only sign that something went wrong.
            await AddReportAsync(db, connection, person.Person.Id, now, cancellationToken);
        }

        if (person.State.CurrentConnectionId == connection.Id)
        {
            person.State.CurrentConnectionId = null;
        }

        await ForgetAsCurrentAsync(db, otherId, connection.Id, cancellationToken);
        var myName = PersonFacts.Name(person.Profile);
        var otherName = PersonFacts.Name(await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == otherId, cancellationToken));
        List<OutboundMessage> messages = [.. Ending(person.Copy, otherId, chat, blocked ? person.Copy.Connections.Blocked(otherName) : person.Copy.Connections.EndedByYou(otherName), connection.Id)];
        if (await PersonChats.ChatOfAsync(db, otherId, cancellationToken) is { } otherChat)
        {
            var copy = otherChat.Copy.Connections;
            messages.AddRange(Ending(otherChat.Copy, person.Person.Id, otherChat.Address, blocked ? copy.EndedNeutrally(myName) : copy.EndedByOther(myName), connection.Id));
        }

        return messages;
    }

    /// <summary>
    /// A coordinator ends an open conversation (after a report or a crisis flag). Both people read the same neutral
    /// words as someone who was blocked — neither learns why, nor that a report was made — and are asked for a rating
    /// like after any ending.
    /// </summary>
    /// <returns>What to tell them; null when the conversation is not open.</returns>
    public static async Task<IReadOnlyList<OutboundMessage>?> EndByCoordinatorAsync(
        HealLinkDbContext db, Connection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (connection.State != ConnectionState.Active || !ConnectionLifecycle.TryApply(connection, ConnectionEvent.End, now))
        {
            return null;
        }

        connection.EndedBy = null;
        connection.EndReason = EndReason.Coordinator;
        var names = await db.Profiles.AsNoTracking()
            .Where(p => p.PersonId == connection.MenteeId || p.PersonId == connection.MentorId)
            .ToDictionaryAsync(p => p.PersonId, cancellationToken);
        var messages = new List<OutboundMessage>();
        foreach (var personId in new[] { connection.MenteeId, connection.MentorId })
        {
            await ForgetAsCurrentAsync(db, personId, connection.Id, cancellationToken);
            var otherId = connection.OtherThan(personId);
            if (await PersonChats.ChatOfAsync(db, personId, cancellationToken) is { } chat)
            {
                messages.AddRange(Ending(chat.Copy, otherId, chat.Address, chat.Copy.Connections.EndedNeutrally(PersonFacts.Name(names.GetValueOrDefault(otherId))), connection.Id));
            }
        }

        return messages;
    }

    public static async Task<IReadOnlyList<OutboundMessage>> RateAsync(
        HealLinkDbContext db, ConversationContext person, ChatAddress chat, ConversationIntent.Rate rate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await db.Connections.FindAsync([rate.ConnectionId], cancellationToken);
        if (connection is null || !connection.Involves(person.Person.Id) || connection.State != ConnectionState.Ended)
        {
            return [OutboundMessage.From(chat, new Reply(person.Copy.Connections.RequestGone))];
        }

        var rating = await db.ConnectionRatings.SingleOrDefaultAsync(r => r.ConnectionId == connection.Id && r.PersonId == person.Person.Id, cancellationToken);
        if (rating is null)
        {
            db.ConnectionRatings.Add(new ConnectionRating { ConnectionId = connection.Id, PersonId = person.Person.Id, Score = rate.Score, CreatedAt = now });
        }
        else
        {
            rating.Score = rate.Score;
        }

        if (person.State.Mode == ConversationMode.Idle)
        {
            person.State.Mode = ConversationMode.Commenting;
            person.State.UpdatedAt = now;
        }

        return [OutboundMessage.From(chat, new Reply(person.Copy.Connections.CommentQuestion, [[new Button(person.Copy.Connections.NoCommentLabel, ButtonPayload.NoComment)]]))];
    }

    /// <summary>The comment goes on their newest rating; the thanks was already said by the conversation.</summary>
    public static async Task<IReadOnlyList<OutboundMessage>> CommentAsync(
        HealLinkDbContext db, ConversationContext person, ConversationIntent.Comment comment, CancellationToken cancellationToken)
    {
        var rating = await db.ConnectionRatings
            .Where(r => r.PersonId == person.Person.Id)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (rating is not null)
        {
            rating.Comment = Onboarding.FreeText.Shorten(comment.Text, CommentLength);
        }

        return [];
    }

    public static async Task<IReadOnlyList<OutboundMessage>> ReportAsync(
        HealLinkDbContext db, ConversationContext person, ChatAddress chat, ConversationIntent.Report report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await db.Connections.FindAsync([report.ConnectionId], cancellationToken);
        if (connection is null || !connection.Involves(person.Person.Id) || connection.State is not (ConnectionState.Active or ConnectionState.Ended))
        {
            return [OutboundMessage.From(chat, new Reply(person.Copy.Connections.ConversationGone))];
        }

        await AddReportAsync(db, connection, person.Person.Id, now, cancellationToken);
        return [OutboundMessage.From(chat, new Reply(person.Copy.Connections.Reported))];
    }

    private static async Task AddReportAsync(HealLinkDbContext db, Connection connection, long reporterId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recent = await db.RelayedMessages.AsNoTracking()
            .Where(m => m.ConnectionId == connection.Id)
            .OrderByDescending(m => m.Id)
            .Take(MessagesInAReport)
            .ToListAsync(cancellationToken);
        var names = await db.Profiles.AsNoTracking()
            .Where(p => p.PersonId == connection.MenteeId || p.PersonId == connection.MentorId)
            .ToDictionaryAsync(p => p.PersonId, p => PersonFacts.Name(p), cancellationToken);
        var lines = recent.AsEnumerable().Reverse().Select(m => string.Create(
            CultureInfo.InvariantCulture, $"[{m.SentAt:yyyy-MM-dd HH:mm}] {names.GetValueOrDefault(m.SenderId, "?")}: {m.Text}"));
        db.Reports.Add(new Report
        {
            ConnectionId = connection.Id,
            ReporterId = reporterId,
            ReportedId = connection.OtherThan(reporterId),
            RecentMessages = string.Join("\n", lines),
            Status = FlagStatus.New,
            CreatedAt = now,
        });
    }

    /// <summary>
    /// What one side reads when a conversation ends: the ending, which names the other, in the conversation's own
    /// thread where there is one (so it is read where the conversation was); the thread is then closed, and the
    /// rating question follows in the chat itself, where the person can still answer it.
    /// </summary>
    private static OutboundMessage[] Ending(CopyTable copy, long otherId, ChatAddress chat, string text, long connectionId) =>
    [
        OutboundMessage.About(otherId, chat, new Reply(text)) with { ConnectionId = connectionId },
        OutboundMessage.CloseThread(chat, connectionId),
        OutboundMessage.From(chat with { ThreadId = null }, RatingQuestion(copy, connectionId)),
    ];

    /// <summary>What they type no longer goes to an ended conversation.</summary>
    private static async Task ForgetAsCurrentAsync(HealLinkDbContext db, long personId, long connectionId, CancellationToken cancellationToken)
    {
        var state = await db.ConversationStates.FindAsync([personId], cancellationToken);
        if (state?.CurrentConnectionId == connectionId)
        {
            state.CurrentConnectionId = null;
        }
    }

    private static Reply RatingQuestion(CopyTable copy, long connectionId) => new(
        copy.Connections.RatingQuestion,
        [[.. Enumerable.Range(1, 5).Select(score => new Button(score.ToString(CultureInfo.InvariantCulture), ButtonPayload.Rate(connectionId, score)))]]);
}
