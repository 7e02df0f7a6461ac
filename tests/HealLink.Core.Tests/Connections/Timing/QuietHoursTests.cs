using HealLink.Core.Connections;
using HealLink.Core.Connections.Timing;
using HealLink.Core.People;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Connections.Timing;

/// <summary>
/// Reminders and check-ins wait while it is night for the person they are for; the end of a request does not.
/// Night is decided by <see cref="IQuietHours"/>, replaced here by a switch per person.
/// </summary>
public sealed class QuietHoursTests : TimingSceneTests
{
    private readonly Nights _nights = new();

    [Fact]
    public async Task RunAsync_NightForTheMentorWhenTheReminderIsDue_ItWaitsForTheirMorning()
    {
        await TimingScene.AskAsync(Scene.Maria);
        _nights.Sleeping.Add(await PersonIdAsync(Scene.Sam));
        Scene.Advance(TimeSpan.FromHours(24));
        var atNight = await Scene.RunAsync();
        _nights.Sleeping.Clear();
        Scene.Advance(TimeSpan.FromHours(8));

        var inTheMorning = await Scene.RunAsync();

        Assert.Equal(0, atNight.Reminded);
        Assert.Equal(1, inTheMorning.Reminded);

        // Held back eight hours, it says what is left now, not what was left when it first fell due.
        Assert.Single(Scene.Sam.Received, m => m.Text == ConnectionCopy.English.Reminder(Scripts.MenteeName, TimeSpan.FromHours(16)));
        Assert.EndsWith("the request ends in 16 hours if it isn't answered.", Scene.Sam.Received.Last(m => m.Text.Contains("hoping", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NightOnlyForTheMentee_TheMentorIsStillReminded()
    {
        await TimingScene.AskAsync(Scene.Maria);
        _nights.Sleeping.Add(await PersonIdAsync(Scene.Maria));
        Scene.Advance(TimeSpan.FromHours(24));

        var counts = await Scene.RunAsync();

        Assert.Equal(1, counts.Reminded);
    }

    [Fact]
    public async Task RunAsync_NightForBothWhenTheRequestRunsOut_ItStillExpiresAndBothAreTold()
    {
        await TimingScene.AskAsync(Scene.Maria);
        _nights.Sleeping.UnionWith([await PersonIdAsync(Scene.Sam), await PersonIdAsync(Scene.Maria)]);
        Scene.Advance(TimeSpan.FromHours(48));

        var counts = await Scene.RunAsync();

        Assert.Equal(1, counts.Expired);
        Assert.Equal(ConnectionCopy.English.Expired, Scene.Maria.Last.Text);
        Assert.Equal(ConnectionCopy.English.ExpiredForMentor, Scene.Sam.Last.Text);
    }

    [Fact]
    public async Task RunAsync_NightForTheMenteeWhenTheCheckInIsDue_ItWaitsForTheirMorning()
    {
        await Scene.TalkingAsync();
        _nights.Sleeping.Add(await PersonIdAsync(Scene.Maria));
        Scene.Advance(TimeSpan.FromDays(7));
        var atNight = await Scene.RunAsync();
        _nights.Sleeping.Clear();
        Scene.Advance(TimeSpan.FromHours(8));

        var inTheMorning = await Scene.RunAsync();

        Assert.Equal(0, atNight.CheckedIn);
        Assert.Equal(1, inTheMorning.CheckedIn);
        Assert.Equal(Scene.Clock.Now, (await Scene.ConnectionAsync()).CheckInSentAt);
    }

    [Theory]
    [InlineData(21, 59, false)]
    [InlineData(22, 0, true)]
    [InlineData(0, 0, true)]
    [InlineData(3, 30, true)]
    [InlineData(7, 59, true)]
    [InlineData(8, 0, false)]
    [InlineData(14, 0, false)]
    public void IsNight_LocalTime_TrueFromTenAtNightUntilEightInTheMorning(int hour, int minute, bool night)
    {
        var local = new DateTimeOffset(2026, 11, 23, hour, minute, 0, TimeSpan.FromHours(-5));

        Assert.Equal(night, NightQuietHours.IsNight(local));
    }

    [Fact]
    public void AllowsNow_NoTimeZoneRecorded_AllowsEvenAtThreeInTheMorningUtc()
    {
        var sut = new NightQuietHours();

        Assert.True(sut.AllowsNow(new Profile { PersonId = 1 }, new DateTimeOffset(2026, 11, 23, 3, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(22, 30, false)]
    [InlineData(3, 0, false)]
    [InlineData(9, 0, true)]
    [InlineData(21, 59, true)]
    public void AllowsNow_TimeZoneChosen_KeepsThatPlacesNightQuiet(int madridHour, int minute, bool allowed)
    {
        var sut = new NightQuietHours();
        var winter = new DateTimeOffset(2026, 12, 7, madridHour, minute, 0, TimeSpan.FromHours(1));

        // UTC+1 in winter: 22:30 in Madrid is 21:30 UTC, still day on the server's clock.
        Assert.Equal(allowed, sut.AllowsNow(new Profile { PersonId = 1, TimeZone = "Europe/Madrid" }, winter.ToUniversalTime()));
    }

    protected override void Configure(IServiceCollection services) => services.AddSingleton<IQuietHours>(_nights);

    private Task<long> PersonIdAsync(PipelinePerson person) =>
        Scene.Host.QueryAsync(db => db.PlatformAccounts.Where(a => a.PlatformUserId == person.UserId).Select(a => a.PersonId).SingleAsync());

    /// <summary>Night for whoever is in <see cref="Sleeping"/>, day for everyone else.</summary>
    private sealed class Nights : IQuietHours
    {
        public HashSet<long> Sleeping { get; } = [];

        public bool AllowsNow(Profile person, DateTimeOffset now) => !Sleeping.Contains(person.PersonId);
    }
}
