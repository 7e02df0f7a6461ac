using HealLink.Core.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Admin.Accounts;

/// <summary>
/// ASP.NET Core Identity's tables, in the shared database under an <c>admin_</c> prefix and our naming, created by
/// our own migration (<c>0011_admin_accounts.sql</c>) like every other table; the admin tests hold the two equal.
/// </summary>
public sealed class AdminAccountsDbContext(DbContextOptions<AdminAccountsDbContext> options)
    : IdentityDbContext<AdminUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AdminUser>(users =>
        {
            users.ToTable("admin_users");
            users.HasIndex(u => u.NormalizedUserName).HasDatabaseName("ix_admin_users_normalized_user_name").IsUnique();
            users.HasIndex(u => u.NormalizedEmail).HasDatabaseName("ix_admin_users_normalized_email");
        });
        builder.Entity<IdentityRole>(roles =>
        {
            roles.ToTable("admin_roles");
            roles.HasIndex(r => r.NormalizedName).HasDatabaseName("ix_admin_roles_normalized_name").IsUnique();
        });
        builder.Entity<IdentityUserRole<string>>().ToTable("admin_user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("admin_user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("admin_user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("admin_user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("admin_role_claims");
        SnakeCaseNaming.Apply(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // As in HealLinkDbContext: SQLite cannot compare DateTimeOffset (Identity's lockout end among them).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
    }
}
