using HealLink.Core.Messaging;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Connections.Timing;

/// <summary>
/// A request unanswered for <see cref="ConnectionsOptions.RequestExpiry"/> ends: the mentee is told it isn't about
/// them and offered their next match (the expired mentor is never offered to them again), the mentor that it ended.
/// </summary>
/// <remarks>
/// Not held back for quiet hours (<see cref="IQuietHours"/>): while the request is open the mentee cannot ask anyone
/// else and the mentor's place stays taken, and the notice is the answer the mentee was promised within two days,
/// like an accept or a decline, which reaches them whenever the mentor presses it. Ending the request on time but
/// telling them in the morning would leave them believing it still open.
/// </remarks>
internal static class ExpiringRequests
{
    public static IQueryable<Connection> Due(HealLinkDbContext db, ConnectionsOptions options, DateTimeOffset now)
    {
        var madeBefore = now - options.RequestExpiry;
        return db.Connections.AsNoTracking()
            .Where(c => c.State == ConnectionState.Requested && c.CreatedAt <= madeBefore)
            .OrderBy(c => c.CreatedAt);
    }

    /// <param name="connection">Read without tracking: moving it here changes nothing until the claim writes it.</param>
    public static TimedAction? Act(Connection connection, TimingPeople people, TimeSpan expiry, DateTimeOffset now)
    {
        var readIn = connection.State;
        if (!ConnectionLifecycle.TryApply(connection, ConnectionEvent.Expire, now))
        {
            return null;
        }

        List<OutboundMessage> messages = [];
        if (people.ChatOf(connection.MenteeId) is { } menteeChat)
        {
            messages.Add(OutboundMessage.From(menteeChat.Address, new Reply(menteeChat.Copy.Connections.Expired, [[menteeChat.Copy.Connections.LookAgainButton]])));
        }

        if (people.ChatOf(connection.MentorId) is { } mentorChat)
        {
            messages.Add(OutboundMessage.From(mentorChat.Address, new Reply(mentorChat.Copy.Connections.ExpiredForMentorAfter(expiry))));
        }

        return new TimedAction(
            TimedActionKind.Expiry,
            (db, cancellationToken) => LifecycleWrite.IfStillAsync(db, connection, readIn, cancellationToken),
            messages);
    }
}
