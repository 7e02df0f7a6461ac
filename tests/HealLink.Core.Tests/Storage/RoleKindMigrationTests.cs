using HealLink.Core.People;
using HealLink.Core.Storage;
using HealLink.Core.Storage.Migrations;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.Storage;

/// <summary>Migration 0017 on a database that already has people: everyone who joined before it is a patient.</summary>
[Trait("Database", "Sqlite")]
public sealed class RoleKindMigrationTests
{
    private const int RoleKindVersion = 18;

    [Fact]
    public async Task MigrateAsync_ProfilesFromBeforeCaregivers_AreReadAsPatients()
    {
        using var database = new TestDatabase();
        var before = new MigrationScriptSet(MigrationScriptSet.LoadEmbedded(DatabaseProvider.Sqlite).InOrder.Where(s => s.Version < RoleKindVersion));
        await database.CreateRunner(before).MigrateAsync(CancellationToken.None);
        await database.ExecuteAsync(
            "INSERT INTO people (id, created_at) VALUES (1, 0);"
            + "INSERT INTO profiles (person_id, role, languages, interests, help_topics, capacity, updated_at) VALUES (1, 'Mentor', '[]', '[]', '[]', 3, 0);");

        var applied = await database.CreateRunner().MigrateAsync(CancellationToken.None);

        Assert.Contains(RoleKindVersion, applied);
        await using var db = database.CreateBareContext();
        var profile = await db.Profiles.SingleAsync();
        Assert.Equal((Role.Mentor, RoleKind.Patient), (profile.Role!.Value, profile.RoleKind));
    }
}
