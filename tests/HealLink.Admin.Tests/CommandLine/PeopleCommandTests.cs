using HealLink.Core.Messaging;
using HealLink.Core.People;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Admin.Tests.CommandLine;

/// <summary>The real admin process's <c>people</c> command: a pause after a report, told to the person, and its end.</summary>
public sealed class PeopleCommandTests : IDisposable
{
    private readonly AdminCommandLine _admin = new();

    public void Dispose() => _admin.Dispose();

    [Fact]
    public async Task People_SuspendThenReinstate_ThePersonIsToldEachTimeAndBothAreAudited()
    {
        var id = (await SeedAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (noReason, noReasonExit) = await _admin.RunAsync("people", "suspend", id);
        var (suspended, suspendedExit) = await _admin.RunAsync("people", "suspend", id, "Asked", "for", "an", "address");
        var (again, againExit) = await _admin.RunAsync("people", "suspend", id, "twice");
        await using (var db = await _admin.ContextAsync())
        {
            Assert.NotNull((await db.People.SingleAsync()).SuspendedAt);
        }

        var (reinstated, reinstatedExit) = await _admin.RunAsync("people", "reinstate", id);

        Assert.Equal((1, 0, 1, 0), (noReasonExit, suspendedExit, againExit, reinstatedExit));
        Assert.Contains("needs a reason", noReason, StringComparison.Ordinal);
        Assert.Contains("is now suspended", suspended, StringComparison.Ordinal);
        Assert.Contains("Nothing changed", again, StringComparison.Ordinal);
        Assert.Contains("is now active", reinstated, StringComparison.Ordinal);
        await using var after = await _admin.ContextAsync();
        Assert.Null((await after.People.SingleAsync()).SuspendedAt);
        var told = await after.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Text).ToListAsync();
        Assert.Equal(2, told.Count);
        Assert.Contains("Their note: Asked for an address", told[0], StringComparison.Ordinal);
        Assert.StartsWith("Your account is active again", told[1], StringComparison.Ordinal);
        Assert.Equal(["person.suspend", "person.reinstate"], await after.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    private async Task<long> SeedAsync()
    {
        await using var db = await _admin.ContextAsync();
        var at = DateTimeOffset.UtcNow;
        var person = new Person
        {
            CreatedAt = at,
            Accounts = [new PlatformAccount { Platform = Platform.Telegram, PlatformUserId = "7001", ChatId = "7001", CreatedAt = at }],
            Profile = new Profile { Role = Role.Mentor, DisplayName = "Lee", UpdatedAt = at },
        };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }
}
