namespace HealLink.Core.Tests.Matching.Quality;

/// <summary>What the labelled set itself says a mentee should and may be shown, from its own labels and fields.</summary>
internal static class SetExpectations
{
    /// <summary>
    /// A mentee's same-procedure mentors are the mentors labelled <c>best</c> for them. The set has no procedure key,
    /// but its labelling order puts the same procedure first (in any wording or language; a donor and a recipient of
    /// one organ count as different procedures; for a caregiver, a caregiver-mentor of the same procedure family), so
    /// every best label is a same-procedure mentor. Good labels mix same-procedure mentors with related ones (a sleeve
    /// for a gastric bypass) and cannot tell them apart, so they are left out. The one mentee whose procedure no
    /// mentor shares (a pacemaker) has the closest as best (an ICD fitted the same way) and is counted with it.
    /// </summary>
    public static IReadOnlySet<string> SameProcedure(DevPerson mentee)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        return Labels(mentee).Best.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The hard filters by the set's fields alone, independent of the code under test: a shared language, the
    /// mentee's gender preference if any, and a place free. Nobody is connected during a run, so a place is free for
    /// any mentor of capacity one or more.
    /// </summary>
    public static bool Allows(DevPerson mentee, DevPerson mentor)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        return mentee.Languages.Intersect(mentor.Languages, StringComparer.OrdinalIgnoreCase).Any()
            && (mentee.GenderPreference is null || mentee.GenderPreference == mentor.Gender)
            && mentor.Capacity is null or >= 1;
    }

    /// <summary>The mentee's case for <see cref="RankingMetrics"/>, given the names on the cards they were shown.</summary>
    public static RankedMentee Case(DevPerson mentee, IReadOnlyCollection<DevPerson> mentors, IReadOnlyList<string> shown)
    {
        ArgumentNullException.ThrowIfNull(mentors);
        var labels = Labels(mentee);
        return new RankedMentee(
            shown,
            labels.Best.ToHashSet(StringComparer.Ordinal),
            labels.Good.ToHashSet(StringComparer.Ordinal),
            SameProcedure(mentee),
            mentors.Where(m => Allows(mentee, m)).Select(m => m.Name).ToHashSet(StringComparer.Ordinal));
    }

    private static DevLabels Labels(DevPerson mentee) =>
        mentee.Labels ?? throw new ArgumentException($"{mentee.Name} has no labels: not a mentee of the set", nameof(mentee));
}
