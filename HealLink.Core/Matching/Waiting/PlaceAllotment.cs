namespace HealLink.Core.Matching.Waiting;

/// <summary>
/// Who can be told "a mentor who fits you has joined" without promising one free place to two people. Mentees are
/// taken in line order; each is given a place only if every mentee already given one can still keep one too
/// (a mentee's place may move to another mentor who fits them to make room). It is a bipartite matching grown
/// one mentee at a time (Kuhn's augmenting paths), so someone earlier in line never loses their place to someone
/// later, and as many are told as the free places allow.
/// </summary>
public static class PlaceAllotment
{
    /// <param name="line">Mentees in the order they should be served, each with the mentors who fit them.</param>
    /// <param name="freePlaces">Each mentor's places not yet taken by a connection.</param>
    /// <returns>The mentees who have a place of their own.</returns>
    public static IReadOnlySet<long> Allot(
        IEnumerable<(long MenteeId, IReadOnlyCollection<long> FittingMentors)> line, IReadOnlyDictionary<long, int> freePlaces)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(freePlaces);
        var fits = new Dictionary<long, IReadOnlyCollection<long>>();
        var holders = new Dictionary<long, List<long>>();
        var placed = new HashSet<long>();
        foreach (var (mentee, mentors) in line)
        {
            fits[mentee] = mentors;
            if (TryPlace(mentee, fits, holders, freePlaces, []))
            {
                placed.Add(mentee);
            }
        }

        return placed;
    }

    // Depth-first search for an augmenting path: a free place on a mentor who fits, or a mentor whose holder can
    // move to another of theirs. Each mentor is tried once per search, which bounds it by the number of mentors.
    private static bool TryPlace(
        long mentee,
        Dictionary<long, IReadOnlyCollection<long>> fits,
        Dictionary<long, List<long>> holders,
        IReadOnlyDictionary<long, int> freePlaces,
        HashSet<long> tried)
    {
        foreach (var mentor in fits[mentee])
        {
            if (!tried.Add(mentor))
            {
                continue;
            }

            var places = freePlaces.GetValueOrDefault(mentor);
            if (places <= 0)
            {
                continue;
            }

            if (!holders.TryGetValue(mentor, out var holding))
            {
                holders[mentor] = holding = [];
            }

            if (holding.Count < places)
            {
                holding.Add(mentee);
                return true;
            }

            for (var i = 0; i < holding.Count; i++)
            {
                if (TryPlace(holding[i], fits, holders, freePlaces, tried))
                {
                    holding[i] = mentee;
                    return true;
                }
            }
        }

        return false;
    }
}
