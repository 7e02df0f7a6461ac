using HealLink.Core.Storage;
using HealLink.Core.Vetting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Admin.Accounts;

/// <summary>Creating, suspending and reinstating coordinators' accounts, each audited.</summary>
public sealed class AdminAccounts(
    UserManager<AdminUser> users,
    IDbContextFactory<HealLinkDbContext> contexts,
    TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<AdminAccount>> ListAsync(CancellationToken cancellationToken)
    {
        var accounts = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var list = new List<AdminAccount>(accounts.Count);
        foreach (var account in accounts)
        {
            var roles = await users.GetRolesAsync(account);
            list.Add(new AdminAccount(
                account.Id,
                account.Email ?? "",
                roles.FirstOrDefault() ?? "",
                account.TwoFactorEnabled,
                account.LockoutEnd > timeProvider.GetUtcNow(),
                account.SuspendedAt));
        }

        return list;
    }

    /// <returns>Null when created; otherwise what is wrong, in words an admin can act on.</returns>
    public async Task<string?> CreateAsync(string email, string password, string role, string actor, CancellationToken cancellationToken)
    {
        if (!AdminRoles.All.Contains(role))
        {
            return $"The role must be one of: {string.Join(", ", AdminRoles.All)}.";
        }

        var account = new AdminUser { UserName = email, Email = email, CreatedAt = timeProvider.GetUtcNow() };
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            return string.Join(" ", created.Errors.Select(e => e.Description));
        }

        await users.AddToRoleAsync(account, role);
        await AuditAsync(actor, $"account.create.{role}", email, cancellationToken);
        return null;
    }

    /// <summary>
    /// Suspends or reinstates an account. A new security stamp ends the suspended admin's open sessions at their
    /// next check (<see cref="AdminOptions.SessionRecheckInterval"/>).
    /// </summary>
    /// <returns>False when there is no such account, it is the actor's own, or it is already in that state.</returns>
    public async Task<bool> SetSuspendedAsync(string accountId, bool suspended, string actor, CancellationToken cancellationToken)
    {
        var account = await users.FindByIdAsync(accountId);
        if (account is null || account.Email == actor || (account.SuspendedAt is not null) == suspended)
        {
            return false;
        }

        account.SuspendedAt = suspended ? timeProvider.GetUtcNow() : null;
        await users.UpdateAsync(account);
        await users.UpdateSecurityStampAsync(account);
        await AuditAsync(actor, suspended ? "account.suspend" : "account.reinstate", account.Email, cancellationToken);
        return true;
    }

    private async Task AuditAsync(string actor, string action, string? about, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry { Actor = actor, Action = action, Reason = about, At = timeProvider.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>An account as the accounts page lists it.</summary>
public sealed record AdminAccount(string Id, string Email, string Role, bool TwoFactor, bool LockedOut, DateTimeOffset? SuspendedAt);
