using HealLink.Admin.Accounts;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Admin.Tests.CommandLine;

/// <summary>The first account, made from the real admin process's command line.</summary>
public sealed class CreateAdminCommandTests : IDisposable
{
    private const string Password = "a long enough passphrase";

    private readonly AdminCommandLine _admin = new();

    public void Dispose() => _admin.Dispose();

    [Fact]
    public async Task CreateAdmin_PasswordFromTheEnvironment_CreatesAnAdminWithAHashedPasswordAndAnAuditEntry()
    {
        var (said, exit) = await _admin.RunWithAsync(null, new Dictionary<string, string> { ["HEALLINK_ADMIN_PASSWORD"] = Password }, "create-admin", "first@example.org");

        Assert.Equal(0, exit);
        Assert.StartsWith("Created admin first@example.org.", said, StringComparison.Ordinal);
        await using var db = await _admin.ContextAsync();
        var hash = await db.Database.SqlQueryRaw<string>("SELECT password_hash AS \"Value\" FROM admin_users WHERE email = 'first@example.org'").SingleAsync();
        Assert.DoesNotContain(Password, hash, StringComparison.Ordinal);
        var role = await db.Database.SqlQueryRaw<string>("SELECT role_id AS \"Value\" FROM admin_user_roles").SingleAsync();
        Assert.Equal(AdminRoles.Admin, role);
        Assert.Equal("account.create.admin", (await db.AuditEntries.SingleAsync()).Action);
    }

    [Fact]
    public async Task CreateAdmin_TypedPasswords_AReviewerWhenTheyMatchAndNothingWhenTheyDiffer()
    {
        var (differ, differExit) = await _admin.RunWithAsync($"{Password}\nsomething else\n", null, "create-admin", "rev@example.org", "reviewer");
        var (created, exit) = await _admin.RunWithAsync($"{Password}\n{Password}\n", null, "create-admin", "rev@example.org", "reviewer");
        var (again, againExit) = await _admin.RunWithAsync($"{Password}\n{Password}\n", null, "create-admin", "rev@example.org");
        var (shortOne, shortExit) = await _admin.RunWithAsync("short\nshort\n", null, "create-admin", "other@example.org");
        var (usage, usageExit) = await _admin.RunWithAsync(null, null, "create-admin");

        Assert.Equal((1, 0, 1, 1, 2), (differExit, exit, againExit, shortExit, usageExit));
        Assert.Contains("The two passwords differ", differ, StringComparison.Ordinal);
        Assert.Contains("Created reviewer rev@example.org.", created, StringComparison.Ordinal);
        Assert.Contains("is already taken", again, StringComparison.Ordinal);
        Assert.Contains("at least 12 characters", shortOne, StringComparison.Ordinal);
        Assert.StartsWith("Usage: create-admin", usage, StringComparison.Ordinal);
    }
}
