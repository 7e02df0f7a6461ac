using HealLink.Core.Matching.Demo;
using HealLink.Core.People;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.Matching.Demo;

public sealed class DemoSeederTests
{
    [Fact]
    public async Task Seed_Twice_AddsEveryLabelledApprovedMentorOnce()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var now = new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            Assert.Equal(DemoMentors.All.Count, await DemoSeeder.SeedAsync(db, now, CancellationToken.None));
            Assert.Equal(0, await DemoSeeder.SeedAsync(db, now, CancellationToken.None));
        }

        await using var check = await database.Contexts.CreateDbContextAsync();
        var profiles = await check.Profiles.ToListAsync();
        Assert.Equal(DemoMentors.All.Count, profiles.Count);
        Assert.All(profiles, p => Assert.EndsWith(" (demo)", p.DisplayName, StringComparison.Ordinal));
        Assert.All(profiles, p => Assert.Equal((Role.Mentor, VettingStatus.Approved), (p.Role!.Value, p.VettingStatus!.Value)));
        Assert.Equal(DemoMentors.All.Count, await check.ConversationStates.CountAsync());
    }
}
