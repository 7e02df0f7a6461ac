namespace HealLink.Core.Connections;

/// <summary>
/// Every move a connection can make, as one table: the only place its state changes. README.md beside this file
/// draws the same table (a test keeps the two equal).
/// </summary>
public static class ConnectionLifecycle
{
    public static IReadOnlyList<ConnectionTransition> Transitions { get; } =
    [
        new(ConnectionState.Requested, ConnectionEvent.Accept, ConnectionState.Active),
        new(ConnectionState.Requested, ConnectionEvent.Decline, ConnectionState.Declined),
        new(ConnectionState.Requested, ConnectionEvent.Withdraw, ConnectionState.Withdrawn),
        new(ConnectionState.Requested, ConnectionEvent.Expire, ConnectionState.Expired),
        new(ConnectionState.Requested, ConnectionEvent.End, ConnectionState.Ended),
        new(ConnectionState.Active, ConnectionEvent.End, ConnectionState.Ended),
    ];

    /// <summary>States a connection is still open in: it holds one of the mentor's places.</summary>
    public static IReadOnlyList<ConnectionState> Open { get; } = [ConnectionState.Requested, ConnectionState.Active];

    /// <summary>
    /// States that keep the mentor from being offered to this mentee again: all but a withdrawn request, which was the
    /// mentee's own change of mind.
    /// </summary>
    public static IReadOnlyList<ConnectionState> ExcludingFromMatches { get; } =
        [.. Enum.GetValues<ConnectionState>().Where(s => s != ConnectionState.Withdrawn)];

    /// <summary>The state this event leads to from <paramref name="from"/>, or null when it cannot happen there.</summary>
    public static ConnectionState? Next(ConnectionState from, ConnectionEvent happened) =>
        Transitions.FirstOrDefault(t => t.From == from && t.On == happened)?.To;

    /// <summary>Moves the connection if the event can happen in its state; false (and unchanged) otherwise.</summary>
    public static bool TryApply(Connection connection, ConnectionEvent happened, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (Next(connection.State, happened) is not { } next)
        {
            return false;
        }

        connection.State = next;
        connection.UpdatedAt = now;
        switch (happened)
        {
            case ConnectionEvent.Accept or ConnectionEvent.Decline:
                connection.AnsweredAt = now;
                break;
            case ConnectionEvent.End or ConnectionEvent.Withdraw or ConnectionEvent.Expire:
                connection.EndedAt = now;
                break;
        }

        return true;
    }
}

public sealed record ConnectionTransition(ConnectionState From, ConnectionEvent On, ConnectionState To);
