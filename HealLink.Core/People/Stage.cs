namespace HealLink.Core.People;

/// <summary>Where someone is on their path. The first four are asked of mentees, the last three of mentors.</summary>
public enum Stage
{
    Preparing,
    InHospital,
    RecoveringFirstMonths,
    RecoveringLongTerm,
    LessThanAYearAgo,
    OneToThreeYearsAgo,
    MoreThanThreeYearsAgo,
}
