using HealLink.Core.Connections;
using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.Tests.Conversations;

namespace HealLink.Core.Tests.Connections.Timing;

/// <summary>A mentor who has not answered after a day is reminded once, and can answer from the reminder.</summary>
public sealed class RequestReminderTests : TimingSceneTests
{
    private static readonly TimeSpan OneDay = TimeSpan.FromHours(24);

    [Fact]
    public async Task RunAsync_RequestUnansweredForADay_MentorIsRemindedOnceWithAcceptAndDecline()
    {
        await TimingScene.AskAsync(Scene.Maria);
        var connection = await Scene.ConnectionAsync();
        Scene.Advance(OneDay - TimeSpan.FromSeconds(1));
        var early = await Scene.RunAsync();
        Scene.Advance(TimeSpan.FromSeconds(1));

        var first = await Scene.RunAsync();
        var second = await Scene.RunAsync();

        Assert.Equal(0, early.Reminded);
        Assert.Equal(1, first.Reminded);
        Assert.Equal(0, second.Reminded);
        var reminders = Scene.Sam.Received.Where(m => m.Text == ConnectionCopy.English.Reminder(Scripts.MenteeName)).ToList();
        Assert.Equal(
            [ButtonPayload.Accept(connection.Id), ButtonPayload.Decline(connection.Id)],
            Assert.Single(reminders).Buttons.SelectMany(row => row).Select(b => b.Payload));
        Assert.Equal(Scene.Clock.Now, (await Scene.ConnectionAsync()).ReminderSentAt);
    }

    [Fact]
    public async Task RunAsync_MentorPressesAcceptOnTheReminder_TheConversationOpens()
    {
        await TimingScene.AskAsync(Scene.Maria);
        Scene.Advance(OneDay);
        await Scene.RunAsync();
        var reminder = Scene.Sam.Last;
        Assert.Equal(ConnectionCopy.English.Reminder(Scripts.MenteeName), reminder.Text);

        await Scene.Sam.DeliverAsync(new ButtonPress(reminder.Buttons.SelectMany(row => row).Single(b => b.Label == "Accept").Payload));

        Assert.Equal(ConnectionState.Active, (await Scene.ConnectionAsync()).State);
        Assert.Contains(Scene.Maria.Received, m => m.Text == ConnectionCopy.English.AcceptedForMentee(TimingScene.MentorName));
    }

    [Fact]
    public async Task RunAsync_MentorDeclinedWithinADay_IsNotReminded()
    {
        await TimingScene.AskAsync(Scene.Maria);
        await Scene.Sam.PressAsync("Decline");
        Scene.Advance(OneDay);

        var counts = await Scene.RunAsync();

        Assert.Equal(0, counts.Reminded);
        Assert.DoesNotContain(Scene.Sam.Received, m => m.Text == ConnectionCopy.English.Reminder(Scripts.MenteeName));
    }
}
