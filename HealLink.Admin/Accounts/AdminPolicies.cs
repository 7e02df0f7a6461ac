namespace HealLink.Admin.Accounts;

/// <summary>Authorization policies, applied to whole page folders in <see cref="AdminPages"/>.</summary>
public static class AdminPolicies
{
    /// <summary>Any signed-in coordinator: admins and reviewers.</summary>
    public const string Coordinator = "coordinator";

    /// <summary>Admins only: people, connections, service pages and accounts.</summary>
    public const string AdminOnly = "admin-only";
}
