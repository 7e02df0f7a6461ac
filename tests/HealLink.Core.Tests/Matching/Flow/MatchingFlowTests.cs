using HealLink.Core.Connections;
using HealLink.Core.Matching.Demo;
using HealLink.Core.Matching.Flow;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Matching.Flow;

/// <summary>
/// Find my match through the real pipeline: demo mentors on a real SQLite file, the default embedder (offline where
/// the model's files are not in the working folder, as in the tests). <see cref="RealMiniLmMatchingFlowTests"/> runs
/// every test here again on the real model.
/// </summary>
#pragma warning disable CA1063 // Nothing here is finalized; Dispose only deletes the test's database file.
public class MatchingFlowTests : IAsyncLifetime, IDisposable
#pragma warning restore CA1063
{
    private const string HipCaregiverIntro =
        "My mother has her hip replaced next month and I will look after her at home. What are the first weeks like for the one caring?";

    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();
    private PipelineHost? _host;

    private protected PipelineHost Host => _host!;

    public async Task InitializeAsync() => _host = await PipelineHost.StartAsync(_file, _platform, configure: Configure);

    public async Task DisposeAsync() => await Host.DisposeAsync();

#pragma warning disable CA1816, CA1063 // See the class: no finalizer, nothing for a derived class to release.
    public void Dispose() => _file.Dispose();
#pragma warning restore CA1816, CA1063

    /// <summary>What a variant registers before the application's own services (its embedder, say).</summary>
    protected virtual void Configure(IServiceCollection services)
    {
    }

    [Fact]
    public async Task FindMyMatch_WithMentorsAvailable_ShowsTypingThenThreeCardsWithReasonsAndChoices()
    {
        await SeedDemoMentorsAsync();
        var maria = await FinishedMenteeAsync();

        var replies = await maria.PressAsync("Find my match");

        Assert.Equal(OutboundKind.Typing, replies[0].Kind);
        Assert.Equal(MatchingCopy.English.Intro, replies[1].Text);
        var cards = replies.Skip(2).Take(3).ToList();
        Assert.All(cards, card => Assert.StartsWith("Connect with ", Assert.Single(card.Buttons.SelectMany(r => r)).Label, StringComparison.Ordinal));
        Assert.All(cards, card => Assert.Contains("(demo)", card.Text, StringComparison.Ordinal));
        Assert.Contains("You have a kidney transplant in common.", cards[0].Text, StringComparison.Ordinal);
        Assert.Equal(["Show more", "Choose for me"], replies[^1].Buttons.SelectMany(r => r).Select(b => b.Label));
    }

    [Fact]
    public async Task FindMyMatch_CaregiverWithACaregiverMentorOfTheFamily_ShowsCaregiverMentorsOnlySayingSo()
    {
        await SeedDemoMentorsAsync();
        var carer = await FinishedMenteeAsync(role: Scripts.CaregiverLabel);

        var replies = await carer.PressAsync("Find my match");

        Assert.Equal(MatchingCopy.English.CaregiverIntro, replies[1].Text);
        var cards = replies.Where(r => r.Buttons.SelectMany(b => b).Any(b => b.Label.StartsWith("Connect with ", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, card => Assert.Contains(" · supported someone through a", card.Text, StringComparison.Ordinal));
        Assert.Contains("You both supported someone through a kidney transplant.", cards[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindMyMatch_CaregiverWithNoCaregiverMentorOfTheFamily_ShowsPatientsAndSaysSoHonestly()
    {
        await SeedDemoMentorsAsync();
        var carer = await FinishedMenteeAsync(procedure: "hip replacement", intro: HipCaregiverIntro, role: Scripts.CaregiverLabel);

        var replies = await carer.PressAsync("Find my match");

        Assert.Equal(MatchingCopy.English.CaregiverFallbackIntro, replies[1].Text);
        Assert.Matches(@"Same procedure: .+ had a hip replacement\.", replies[2].Text);
    }

    [Fact]
    public async Task ShowMore_ShowsOthersThanTheFirstThree()
    {
        await SeedDemoMentorsAsync();
        var maria = await FinishedMenteeAsync();
        var first = CardNames(await maria.PressAsync("Find my match"));

        var more = CardNames(await maria.PressAsync("Show more"));

        Assert.Equal(3, more.Count);
        Assert.Empty(first.Intersect(more));
    }

    [Fact]
    public async Task ChooseForMe_SuggestsTheBestFitAsACardToConfirm_AndAsksNobodyUntilConnectIsPressed()
    {
        await SeedDemoMentorsAsync();
        var maria = await FinishedMenteeAsync();
        var best = CardNames(await maria.PressAsync("Find my match"))[0];

        var suggested = await maria.PressAsync("Choose for me");

        Assert.Equal(MatchingCopy.English.Suggestion(best), suggested[^2].Text);
        Assert.Equal($"Connect with {best}", Assert.Single(suggested[^1].Buttons.SelectMany(r => r)).Label);
        Assert.Equal(0, await Host.QueryAsync(db => db.Connections.CountAsync()));
        await maria.PressAsync($"Connect with {best}");
        Assert.Equal(1, await Host.QueryAsync(db => db.Connections.CountAsync()));
    }

    [Fact]
    public async Task Connect_FromACard_CreatesARequestAndSaysWhatHappensNext()
    {
        await SeedDemoMentorsAsync();
        var maria = await FinishedMenteeAsync();
        var cards = await maria.PressAsync("Find my match");
        var name = CardNames(cards)[0];

        var replies = await maria.PressAsync($"Connect with {name}");

        Assert.Equal(ConnectionCopy.English.Requested(name, new ConnectionsOptions().RequestExpiry), replies[^1].Text);
        var request = await Host.QueryAsync(db => db.Connections.SingleAsync());
        Assert.Equal(ConnectionState.Requested, request.State);
        var mentor = await Host.QueryAsync(db => db.Profiles.SingleAsync(p => p.PersonId == request.MentorId));
        Assert.Equal(name, mentor.DisplayName);
    }

    [Fact]
    public async Task FindMyMatch_WhileARequestIsOpen_ShowsCardsButASecondRequestWaitsForTheFirst()
    {
        await SeedDemoMentorsAsync();
        var maria = await FinishedMenteeAsync();
        await maria.PressAsync("Find my match");
        var suggested = await maria.PressAsync("Choose for me");
        await maria.PressAsync(suggested[^1].Buttons[0][0].Label);
        var asked = await Host.QueryAsync(db => db.Connections.SingleAsync());
        var askedName = (await Host.QueryAsync(db => db.Profiles.SingleAsync(p => p.PersonId == asked.MentorId))).DisplayName!;

        var cards = await maria.SayAsync("/match");
        var connect = cards.SelectMany(m => m.Buttons.SelectMany(row => row)).First(b => b.Label.StartsWith("Connect", StringComparison.Ordinal));
        var replies = await maria.PressAsync(connect.Label);

        Assert.Equal(MatchingCopy.English.AlreadyWaiting(askedName), replies[^1].Text);
        Assert.Equal($"Withdraw request to {askedName}", Assert.Single(replies[^1].Buttons.SelectMany(r => r)).Label);
        Assert.Equal(1, await Host.QueryAsync(db => db.Connections.CountAsync()));
    }

    [Fact]
    public async Task Connect_MentorFilledUpSinceTheCard_SaysSoAndShowsWhoCan()
    {
        await SeedDemoMentorsAsync();
        var maria = await FinishedMenteeAsync();
        var name = CardNames(await maria.PressAsync("Find my match"))[0];
        await FillUpAsync(name);

        var replies = await maria.PressAsync($"Connect with {name}");

        Assert.Equal(MatchingCopy.English.NoLongerAvailable, replies[1].Text);
        Assert.DoesNotContain(name, CardNames(replies));
        Assert.Equal(0, await Host.QueryAsync(db => db.Connections.CountAsync(c => c.State == ConnectionState.Requested)));
    }

    [Fact]
    public async Task FindMyMatch_NoApprovedMentor_SaysSoKindly()
    {
        var maria = await FinishedMenteeAsync();

        var replies = await maria.PressAsync("Find my match");

        Assert.Equal(MatchingCopy.English.NoneFits, replies[^1].Text);
    }

    [Fact]
    public async Task FindMyMatch_GenderPreference_OnlyThatGenderIsShown()
    {
        await SeedDemoMentorsAsync();
        var maria = await FinishedMenteeAsync(preferring: "Man");

        var names = CardNames(await maria.PressAsync("Find my match"));

        var genders = await Host.QueryAsync(db => db.Profiles.Where(p => names.Contains(p.DisplayName!)).Select(p => p.Gender).ToListAsync());
        Assert.All(genders, g => Assert.Equal(Gender.Man, g));
    }

    [Fact]
    public async Task FindMyMatch_StoresVectorsTaggedWithTheEmbedder()
    {
        await SeedDemoMentorsAsync();
        var maria = await FinishedMenteeAsync();

        await maria.PressAsync("Find my match");

        var embedders = await Host.QueryAsync(db => db.ProfileVectors.Select(v => v.EmbedderId).Distinct().ToListAsync());
        Assert.Single(embedders);
        // Only mentors who could be offered are embedded: those sharing one of Maria's languages.
        var eligible = DemoMentors.All.Count(m => m.Languages.Intersect(["English", "Spanish"]).Any());
        Assert.Equal(eligible + 1, await Host.QueryAsync(db => db.ProfileVectors.CountAsync()));
    }

    [Fact]
    public async Task Browse_FilteringBySpanishAndWomen_ShowsOnlyThoseAndCanChangeFilters()
    {
        await SeedDemoMentorsAsync();
        var maria = await FinishedMenteeAsync();

        var menu = await maria.SayAsync("/browse");
        await maria.PressAsync("Language: any of mine");
        await maria.PressAsync("Language: English");
        await maria.PressAsync("Gender: any");
        var results = await maria.PressAsync("Show mentors");

        Assert.StartsWith("Browse mentors yourself", menu[^1].Text, StringComparison.Ordinal);
        var names = CardNames(results);
        Assert.NotEmpty(names);
        var mentors = await Host.QueryAsync(db => db.Profiles.Where(p => names.Contains(p.DisplayName!)).ToListAsync());
        Assert.All(mentors, m => Assert.Contains("Spanish", m.Languages));
        Assert.All(mentors, m => Assert.Equal(Gender.Woman, m.Gender));
        Assert.Contains("Change filters", results[^1].Buttons.SelectMany(r => r).Select(b => b.Label));
    }

    [Fact]
    public async Task Browse_FiltersNobodyPasses_SaysSoAndOffersToChangeThem()
    {
        await SeedDemoMentorsAsync();
        var maria = await FinishedMenteeAsync();
        await maria.SayAsync("/browse");
        await maria.PressAsync("Procedure: any");
        for (var i = 0; i < 5; i++)
        {
            await maria.PressAsync(maria.Received.Reverse().SelectMany(m => m.Buttons.SelectMany(r => r)).First(b => b.Label.StartsWith("Age:", StringComparison.Ordinal)).Label);
        }

        var results = await maria.PressAsync("Show mentors");

        Assert.Equal(MatchingCopy.English.NoneForFilters, results[^1].Text);
    }

    protected async Task SeedDemoMentorsAsync() =>
        await Host.QueryAsync(db => DemoSeeder.SeedAsync(db, DateTimeOffset.UtcNow, CancellationToken.None));

    private protected async Task<PipelinePerson> FinishedMenteeAsync(
        string preferring = "No preference", string procedure = "kidney transplant", string intro = Scripts.MenteeIntro, string role = Scripts.MenteeLabel)
    {
        var maria = new PipelinePerson(_platform, "101") { Host = Host };
        var steps = Scripts.MenteeByButtons.Select(s => s switch
        {
            ChatStep.Press { Label: Scripts.MenteeLabel } => new ChatStep.Press(role),
            ChatStep.Press { Label: "No preference" } => new ChatStep.Press(preferring),
            ChatStep.Say { Text: "kidney transplant" } => new ChatStep.Say(procedure),
            ChatStep.Say { Text: Scripts.MenteeIntro } => new ChatStep.Say(intro),
            _ => s,
        });
        await maria.RunAsync(steps);
        return maria;
    }

    private async Task FillUpAsync(string mentorName) => await Host.QueryAsync(async db =>
    {
        var mentor = await db.Profiles.SingleAsync(p => p.DisplayName == mentorName);
        for (var i = 0; i < mentor.Capacity; i++)
        {
            var other = new Person { CreatedAt = DateTimeOffset.UtcNow };
            db.People.Add(other);
            await db.SaveChangesAsync();
            db.Connections.Add(new Connection { MenteeId = other.Id, MentorId = mentor.PersonId, State = ConnectionState.Active });
        }

        return await db.SaveChangesAsync();
    });

    protected static List<string> CardNames(IEnumerable<OutboundMessage> replies) =>
    [
        .. replies.SelectMany(r => r.Buttons.SelectMany(row => row))
            .Where(b => b.Label.StartsWith("Connect with ", StringComparison.Ordinal))
            .Select(b => b.Label["Connect with ".Length..]),
    ];
}
