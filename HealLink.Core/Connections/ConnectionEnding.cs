using System.Globalization;
using HealLink.Core.Conversations;
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
            return [OutboundMessage.From(chat, new Reply(ConnectionCopy.ConversationGone))];
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

        var otherState = await db.ConversationStates.FindAsync([otherId], cancellationToken);
        if (otherState?.CurrentConnectionId == connection.Id)
        {
            otherState.CurrentConnectionId = null;
        }

        var myName = PersonFacts.Name(person.Profile);
        var otherName = PersonFacts.Name(await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == otherId, cancellationToken));
        // In the conversation's own thread where there is one, so each ending is read where the conversation was.
        var conversation = connection.Id;
        List<OutboundMessage> messages =
        [
            OutboundMessage.About(otherId, chat, new Reply(blocked ? ConnectionCopy.Blocked(otherName) : ConnectionCopy.EndedByYou(otherName))) with { ConnectionId = conversation },
            OutboundMessage.From(chat, RatingQuestion(connection.Id)) with { ConnectionId = conversation },
        ];
        if (await PersonChats.ChatOfAsync(db, otherId, cancellationToken) is { } otherChat)
        {
            messages.Add(OutboundMessage.About(person.Person.Id, otherChat, new Reply(blocked ? ConnectionCopy.EndedNeutrally(myName) : ConnectionCopy.EndedByOther(myName))) with { ConnectionId = conversation });
            messages.Add(OutboundMessage.From(otherChat, RatingQuestion(connection.Id)) with { ConnectionId = conversation });
        }

        return messages;
    }

    public static async Task<IReadOnlyList<OutboundMessage>> RateAsync(
        HealLinkDbContext db, ConversationContext person, ChatAddress chat, ConversationIntent.Rate rate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await db.Connections.FindAsync([rate.ConnectionId], cancellationToken);
        if (connection is null || !connection.Involves(person.Person.Id) || connection.State != ConnectionState.Ended)
        {
            return [OutboundMessage.From(chat, new Reply(ConnectionCopy.RequestGone))];
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

        return [OutboundMessage.From(chat, new Reply(ConnectionCopy.CommentQuestion, [[new Button(ConnectionCopy.NoCommentLabel, ButtonPayload.NoComment)]]))];
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
            return [OutboundMessage.From(chat, new Reply(ConnectionCopy.ConversationGone))];
        }

        await AddReportAsync(db, connection, person.Person.Id, now, cancellationToken);
        return [OutboundMessage.From(chat, new Reply(ConnectionCopy.Reported))];
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

    private static Reply RatingQuestion(long connectionId) => new(
        ConnectionCopy.RatingQuestion,
        [[.. Enumerable.Range(1, 5).Select(score => new Button(score.ToString(CultureInfo.InvariantCulture), ButtonPayload.Rate(connectionId, score)))]]);
}
