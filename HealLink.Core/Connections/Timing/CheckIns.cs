using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Connections.Timing;

/// <summary>
/// <see cref="ConnectionsOptions.CheckInAfter"/> after a conversation opened, the mentee is asked once, gently, how
/// it is going, while it is still going. At night for them (<see cref="IQuietHours"/>) the question waits for their
/// morning.
/// </summary>
internal static class CheckIns
{
    public static IQueryable<Connection> Due(HealLinkDbContext db, ConnectionsOptions options, DateTimeOffset now)
    {
        var openedBefore = now - options.CheckInAfter;
        return db.Connections.AsNoTracking()
            .Where(c => c.State == ConnectionState.Active && c.CheckInSentAt == null && c.AnsweredAt <= openedBefore)
            .OrderBy(c => c.AnsweredAt);
    }

    /// <summary>Null when it must wait (<see cref="TimingPeople.ChatNowFor"/>).</summary>
    public static TimedAction? Act(Connection connection, TimingPeople people, IQuietHours quietHours, DateTimeOffset now)
    {
        if (people.ChatNowFor(connection.MenteeId, quietHours, now) is not { } menteeChat)
        {
            return null;
        }

        // "Going well" points their typing at this conversation (a plain acknowledgment, honest if it has ended since);
        // "I'd like to stop" asks first, as /end does, so one tap never ends a conversation.
        var reply = new Reply(
            menteeChat.Copy.CheckIns.Question(people.NameOf(connection.MentorId)),
            [
                [new Button(menteeChat.Copy.CheckIns.GoingWellLabel, ButtonPayload.TalkTo(connection.Id))],
                [new Button(menteeChat.Copy.CheckIns.RatherEndLabel, ButtonPayload.Action(BotCommand.End))],
            ]);
        return new TimedAction(
            TimedActionKind.CheckIn,
            (db, cancellationToken) => db.Connections
                .Where(c => c.Id == connection.Id && c.State == ConnectionState.Active && c.CheckInSentAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.CheckInSentAt, now), cancellationToken),
            [OutboundMessage.About(connection.MentorId, menteeChat.Address, reply)]);
    }
}
