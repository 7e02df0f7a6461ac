using HealLink.Core.Storage;

namespace HealLink.Core.Matching.Waiting;

/// <summary>Keeps, inside the caller's transaction, the list of mentees promised a message when a mentor fits.</summary>
internal static class WaitingList
{
    /// <summary>
    /// A mentee told of a mentor is counted as holding one of the free places until they come back and search (or
    /// for this long), so the next run does not promise the same place to the next in line.
    /// </summary>
    public static readonly TimeSpan PromiseHeld = TimeSpan.FromDays(2);

    /// <summary>
    /// After a search: nobody fitted, so the mentee waits (again, if an earlier message led to a mentor who has
    /// since been taken); or someone did, so no message is owed.
    /// </summary>
    public static async Task RecordSearchAsync(HealLinkDbContext db, long menteeId, bool anyoneFits, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var wait = await db.MatchWaits.FindAsync([menteeId], cancellationToken);
        if (anyoneFits)
        {
            if (wait is not null)
            {
                db.MatchWaits.Remove(wait);
            }

            return;
        }

        if (wait is null)
        {
            db.MatchWaits.Add(new MatchWait { PersonId = menteeId, Since = now });
        }
        else if (wait.NotifiedAt is { } notifiedAt)
        {
            // Back within the promise and the place had gone meanwhile (taken, or the mentor paused): no fault of
            // theirs, so they keep their place in the line. Back after ignoring the message, they join its end.
            wait.Since = now - notifiedAt <= PromiseHeld ? wait.Since : now;
            wait.NotifiedAt = null;
        }
    }
}
