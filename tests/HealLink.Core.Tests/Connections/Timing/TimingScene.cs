using HealLink.Core.Connections;
using HealLink.Core.Connections.Timing;
using HealLink.Core.Onboarding;
using HealLink.Core.People;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Jobs;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Connections.Timing;

/// <summary>
/// Sam, an approved mentor, and Maria, a mentee, chatting through the real pipeline on a real SQLite file, with a
/// clock that moves only when a test moves it; the timekeeper is run by hand, as its job would run it.
/// </summary>
internal sealed class TimingScene : IAsyncDisposable
{
    public const string MentorName = "Sam";

    private TimingScene(PipelineHost host, FixedTimeProvider clock, PipelinePerson sam, PipelinePerson maria)
    {
        Host = host;
        Clock = clock;
        Sam = sam;
        Maria = maria;
    }

    /// <summary>A Monday morning; the time of day does not matter while no time zone is known.</summary>
    public static DateTimeOffset Start { get; } = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public PipelineHost Host { get; }

    public FixedTimeProvider Clock { get; }

    public PipelinePerson Sam { get; }

    public PipelinePerson Maria { get; }

    public ConnectionTimekeeper Timekeeper => Host.Services.GetRequiredService<ConnectionTimekeeper>();

    public static async Task<TimingScene> StartAsync(TestDatabase file, RecordingSender platform, Action<IServiceCollection>? configure = null)
    {
        var clock = new FixedTimeProvider(Start);
        var host = await PipelineHost.StartAsync(file, platform, clock, configure);
        var sam = new PipelinePerson(platform, "tg-mentor-42") { Host = host };
        await sam.RunAsync(Scripts.MentorByButtons);
        await host.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE profiles SET vetting_status = 'Approved' WHERE role = 'Mentor'"));
        var maria = await MatchingPeople.FinishedMenteeAsync(host, platform, "tg-mentee-7");
        return new TimingScene(host, clock, sam, maria);
    }

    /// <summary>A second approved mentor like Sam, who can be offered to the same mentees (but has no chat).</summary>
    public Task<long> AddNoorAsync() =>
        MatchingPeople.AddMentorLikeAsync(Host, MentorName, "Noor", MatchingPeople.NewIntro, VettingStatus.Approved);

    /// <summary>Find my match, then Connect with the named mentor; Sam then has the card with Accept and Decline.</summary>
    public static async Task AskAsync(PipelinePerson mentee, string mentor = MentorName)
    {
        await mentee.PressAsync(OnboardingCopy.English.FindMatchLabel);
        await mentee.PressAsync($"Connect with {mentor}");
    }

    /// <summary>Maria asks Sam and Sam accepts, now.</summary>
    public async Task TalkingAsync()
    {
        await AskAsync(Maria);
        await Sam.PressAsync("Accept");
        Assert.Equal(ConnectionState.Active, (await ConnectionAsync()).State);
    }

    public void Advance(TimeSpan by) => Clock.Now += by;

    /// <summary>One run of the timekeeper, then delivery of whatever it queued.</summary>
    public async Task<TimingCounts> RunAsync()
    {
        var counts = await Timekeeper.RunAsync(CancellationToken.None);
        await Host.DispatchAsync();
        return counts;
    }

    /// <summary>Maria's newest connection with Sam.</summary>
    public Task<Connection> ConnectionAsync() =>
        Host.QueryAsync(db => db.Connections.AsNoTracking().OrderByDescending(c => c.Id).FirstAsync());

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
