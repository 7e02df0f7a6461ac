namespace HealLink.Admin.Accounts;

/// <summary>
/// The panel's two roles: an admin may do everything; a reviewer vets mentors and handles crisis flags and reports.
/// </summary>
public static class AdminRoles
{
    public const string Admin = "admin";

    public const string Reviewer = "reviewer";

    public static IReadOnlyList<string> All { get; } = [Admin, Reviewer];
}
