using HealLink.Core.Messaging;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Connections.Timing;

/// <summary>
/// A mentor who has not answered a request after <see cref="ConnectionsOptions.RequestReminderAfter"/> is reminded
/// once, with the card's own Accept and Decline. At night for them (<see cref="IQuietHours"/>) the reminder waits for
/// their morning, as long as the request is still open.
/// </summary>
internal static class RequestReminders
{
    public static IQueryable<Connection> Due(HealLinkDbContext db, ConnectionsOptions options, DateTimeOffset now)
    {
        var madeBefore = now - options.RequestReminderAfter;

        // A request old enough to expire is expired in the same run instead: reminding then would be too late.
        var expiringBefore = now - options.RequestExpiry;
        return db.Connections.AsNoTracking()
            .Where(c => c.State == ConnectionState.Requested && c.ReminderSentAt == null && c.CreatedAt <= madeBefore && c.CreatedAt > expiringBefore)
            .OrderBy(c => c.CreatedAt);
    }

    /// <summary>Null when it must wait (<see cref="TimingPeople.ChatNowFor"/>).</summary>
    public static TimedAction? Act(Connection connection, TimingPeople people, IQuietHours quietHours, ConnectionsOptions options, DateTimeOffset now)
    {
        if (people.ChatNowFor(connection.MentorId, quietHours, now) is not { } mentorChat)
        {
            return null;
        }

        // What is left is said as it is now: a reminder held back by the night says less time than one sent at once.
        var remaining = connection.CreatedAt + options.RequestExpiry - now;
        var reply = new Reply(mentorChat.Copy.Connections.Reminder(people.NameOf(connection.MenteeId), remaining), mentorChat.Copy.Connections.AnswerButtons(connection.Id));
        return new TimedAction(
            TimedActionKind.Reminder,
            (db, cancellationToken) => db.Connections
                .Where(c => c.Id == connection.Id && c.State == ConnectionState.Requested && c.ReminderSentAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.ReminderSentAt, now), cancellationToken),
            [OutboundMessage.About(connection.MenteeId, mentorChat.Address, reply)]);
    }
}
