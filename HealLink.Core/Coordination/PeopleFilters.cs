using System.Linq.Expressions;
using HealLink.Core.People;

namespace HealLink.Core.Coordination;

/// <summary>A <see cref="PeopleQuery"/>'s role, status and platform, in SQL; the name is matched after (see <see cref="NameMatch"/>).</summary>
internal static class PeopleFilters
{
    public static IQueryable<Person> Apply(IQueryable<Person> people, PeopleQuery query)
    {
        if (query.Role is { } role)
        {
            people = people.Where(p => p.Profile != null && p.Profile.Role == role);
        }

        if (query.Platform is { } platform)
        {
            people = people.Where(p => p.Accounts.Any(a => a.Platform == platform));
        }

        return query.Status is { } status ? people.Where(Having(status)) : people;
    }

    private static Expression<Func<Person, bool>> Having(PersonStatus status) => status switch
    {
        PersonStatus.Onboarding => p => p.Profile == null || p.Profile.CompletedAt == null,
        PersonStatus.PendingMentor => p => p.Profile != null && p.Profile.Role == Role.Mentor && p.Profile.CompletedAt != null
            && (p.Profile.VettingStatus == null || p.Profile.VettingStatus == VettingStatus.Pending),
        PersonStatus.ApprovedMentor => Mentor(VettingStatus.Approved),
        PersonStatus.RejectedMentor => Mentor(VettingStatus.Rejected),
        PersonStatus.SuspendedMentor => Mentor(VettingStatus.Suspended),
        PersonStatus.Suspended => p => p.SuspendedAt != null,
        PersonStatus.Unreachable => p => p.Accounts.Any() && p.Accounts.All(a => a.UnreachableSince != null),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    private static Expression<Func<Person, bool>> Mentor(VettingStatus vetting) =>
        p => p.Profile != null && p.Profile.Role == Role.Mentor && p.Profile.VettingStatus == vetting;
}
