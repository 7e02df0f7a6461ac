using System.Security.Claims;

namespace HealLink.Admin.Accounts;

public static class CoordinatorClaims
{
    /// <summary>Who acted, as the audit log names them: the signed-in account's email.</summary>
    public static string Actor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.Name ?? throw new InvalidOperationException("An audited action needs a signed-in coordinator.");
    }
}
