using HealLink.Core.Connections;
using HealLink.Core.Coordination;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Safety;
using HealLink.Core.Tests.Storage;

namespace HealLink.Core.Tests.Coordination;

/// <summary>Coordinators find people by name, role, status and platform, and see one person's whole record.</summary>
public sealed class PeopleDirectoryTests : IAsyncLifetime
{
    private MigratedDatabase _database = null!;

    private PeopleDirectory Sut => new(_database.Contexts, new ConnectionDirectory(_database.Contexts), new SafetyWatch(_database.Contexts, TimeProvider.System));

    public async Task InitializeAsync() => _database = await MigratedDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Search_ByPartOfAName_IgnoresCaseAndAccents()
    {
        var jose = await SeedAsync(s => s.PersonAsync("José"));
        var josefa = await SeedAsync(s => s.PersonAsync("JOSEFA", Role.Mentor));
        await SeedAsync(s => s.PersonAsync("Ana"));

        var sut = await Sut.SearchAsync(new PeopleQuery(Name: " jose "), CancellationToken.None);

        Assert.Equal([josefa, jose], sut.Items.Select(p => p.Id));
        Assert.Equal(2, sut.Total);
    }

    [Theory]
    [InlineData(PersonStatus.PendingMentor, "Pat")]
    [InlineData(PersonStatus.ApprovedMentor, "Sam")]
    [InlineData(PersonStatus.RejectedMentor, "Rae")]
    [InlineData(PersonStatus.SuspendedMentor, "Sid")]
    [InlineData(PersonStatus.Suspended, "Ana")]
    [InlineData(PersonStatus.Unreachable, "Uma")]
    [InlineData(PersonStatus.Onboarding, "Olly")]
    public async Task Search_ByStatus_FindsOnlyThoseInIt(PersonStatus status, string expected)
    {
        await SeedEveryoneAsync();

        var sut = await Sut.SearchAsync(new PeopleQuery(Status: status), CancellationToken.None);

        Assert.Equal([expected], sut.Items.Select(p => p.Name));
    }

    [Fact]
    public async Task Search_ByRoleAndPlatform_CombinesBoth()
    {
        await SeedEveryoneAsync();

        var mentorsOnDiscord = await Sut.SearchAsync(new PeopleQuery(Role: Role.Mentor, Platform: Platform.Discord), CancellationToken.None);
        var mentees = await Sut.SearchAsync(new PeopleQuery(Role: Role.Mentee), CancellationToken.None);

        Assert.Equal(["Sam"], mentorsOnDiscord.Items.Select(p => p.Name));
        Assert.Equal(["Uma", "Ana"], mentees.Items.Select(p => p.Name));
    }

    [Fact]
    public async Task Search_MoreThanAPage_PagesNewestFirst()
    {
        for (var i = 0; i < Paging.Size + 3; i++)
        {
            await SeedAsync(s => s.PersonAsync($"Person {i:D2}"));
        }

        var first = await Sut.SearchAsync(new PeopleQuery(Name: "person"), CancellationToken.None);
        var second = await Sut.SearchAsync(new PeopleQuery(Name: "person", Page: 2), CancellationToken.None);

        Assert.Equal((Paging.Size, true, false), (first.Items.Count, first.HasNext, first.HasPrevious));
        Assert.Equal("Person 52", first.Items[0].Name);
        Assert.Equal(["Person 02", "Person 01", "Person 00"], second.Items.Select(p => p.Name));
        Assert.Equal((Paging.Size + 3, 2, false), (second.Total, second.Pages, second.HasNext));
    }

    [Fact]
    public async Task Detail_APerson_HasEveryAnswerTheirPlatformsConnectionsRatingsAndCases()
    {
        var ana = await SeedAsync(s => s.PersonAsync("Ana", intro: "Nervous about my <b>kidney</b> transplant."));
        var sam = await SeedAsync(s => s.PersonAsync("Sam", Role.Mentor, VettingStatus.Approved, Platform.Discord));
        var lee = await SeedAsync(s => s.PersonAsync("Lee", Role.Mentor, VettingStatus.Approved));
        var ended = await SeedAsync(s => s.ConnectionAsync(ana, sam, ConnectionState.Ended, minute: 100));
        var active = await SeedAsync(s => s.ConnectionAsync(ana, lee, ConnectionState.Active, minute: 200));
        await SeedAsync(async s =>
        {
            await s.RatingAsync(ended, ana, 4, "Kind and practical.");
            await s.RatingAsync(ended, sam, 5);
            return await s.ReportAsync(active, ana, lee, minute: 300);
        });

        var sut = await Sut.DetailAsync(ana, CancellationToken.None);

        Assert.NotNull(sut);
        Assert.Equal(("Ana", Role.Mentee, true, true), (sut.Summary.Name, sut.Summary.Role, sut.Summary.Onboarded, sut.Summary.Reachable));
        Assert.Equal("Nervous about my <b>kidney</b> transplant.", sut.Profile!.Intro);
        Assert.Equal(Platform.Telegram, Assert.Single(sut.Accounts).Platform);
        Assert.Equal([active, ended], sut.Connections.Items.Select(c => c.Id));
        var past = sut.Connections.Items[1];
        Assert.Equal(("Sam", ConnectionState.Ended, 4, "Kind and practical.", 5), (past.Mentor.Name, past.State, past.MenteeRating!.Score, past.MenteeRating.Comment, past.MentorRating!.Score));
        Assert.Equal(Seed.At(101), past.AnsweredAt);
        Assert.Equal((SafetyKind.Report, lee), (Assert.Single(sut.Cases).Kind, sut.Cases[0].SubjectPersonId));
    }

    [Fact]
    public async Task Detail_NoSuchPerson_IsNull()
    {
        var sut = await Sut.DetailAsync(404, CancellationToken.None);

        Assert.Null(sut);
    }

    private async Task SeedEveryoneAsync()
    {
        await SeedAsync(async s =>
        {
            await s.PersonAsync("Pat", Role.Mentor, VettingStatus.Pending);
            await s.PersonAsync("Sam", Role.Mentor, VettingStatus.Approved, Platform.Discord);
            await s.PersonAsync("Rae", Role.Mentor, VettingStatus.Rejected);
            await s.PersonAsync("Sid", Role.Mentor, VettingStatus.Suspended);
            await s.PersonAsync("Ana", suspended: true);
            await s.PersonAsync("Uma", unreachable: true);
            return await s.PersonAsync("Olly", role: null, completed: false);
        });
    }

    private async Task<long> SeedAsync(Func<Seed, Task<long>> seed)
    {
        await using var db = await _database.Contexts.CreateDbContextAsync();
        return await seed(new Seed(db));
    }
}
