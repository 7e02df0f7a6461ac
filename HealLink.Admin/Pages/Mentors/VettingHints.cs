using HealLink.Core.People;

namespace HealLink.Admin.Pages.Mentors;

/// <summary>
/// PRODUCT.md's rules of thumb, shown beside a pending mentor as hints for the reviewer, never applied by themselves.
/// </summary>
public static class VettingHints
{
    public static IEnumerable<string> For(Profile mentor)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        if (mentor.Stage == Stage.LessThanAYearAgo)
        {
            yield return "Less than a year since the procedure";
        }

        if (string.IsNullOrWhiteSpace(mentor.Intro) || mentor.Intro.Length < 80)
        {
            yield return "A very short intro";
        }
    }
}
