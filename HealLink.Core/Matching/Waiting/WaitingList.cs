using HealLink.Core.Storage;

namespace HealLink.Core.Matching.Waiting;

/// <summary>Keeps, inside the caller's transaction, the list of mentees promised a message when a mentor fits.</summary>
internal static class WaitingList
{
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
        else if (wait.NotifiedAt is not null)
        {
            (wait.Since, wait.NotifiedAt) = (now, null);
        }
    }
}
