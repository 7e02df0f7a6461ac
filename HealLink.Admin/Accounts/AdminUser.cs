using Microsoft.AspNetCore.Identity;

namespace HealLink.Admin.Accounts;

/// <summary>A coordinator's account on the panel (not a person the bot serves).</summary>
public sealed class AdminUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set while an admin has suspended this account: it cannot sign in, and its sessions end.</summary>
    public DateTimeOffset? SuspendedAt { get; set; }
}
