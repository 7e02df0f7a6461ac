using System.Globalization;
using HealLink.Bot.Tests.Channels.Telegram;
using HealLink.Core.Tests.Conversations;
using HealLink.FakeDiscord;

namespace HealLink.Bot.Tests.Channels.Discord.Bot;

/// <summary>
/// Equal citizens across platforms: a mentee on Telegram and a mentor on Discord, one bot with both channels, matched
/// and talking through the relay; a photo, which cannot cross platforms yet, is explained to both; neither ever
/// receives the other's platform, username or id.
/// </summary>
public sealed class CrossPlatformRelayTests : TelegramTestBase
{
    [Fact]
    public async Task Relay_TelegramMenteeAndDiscordMentor_TalkBothWaysInOrderPhotoExplainedAndNothingOfTheOtherLeaks()
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        await using var bot = await TelegramBotHost.StartAsync(Telegram, DatabasePath, more: DiscordBotHost.Settings(discord, DatabasePath));
        await discord.Gateway.WaitUntilAsync(() => discord.Gateway.ActiveSessionCount == 1, TimeSpan.FromSeconds(20));
        var samOnDiscord = discord.CreateUser("samk_1987");
        var sam = new DiscordPerson(discord, samOnDiscord) { Database = bot.Database };
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser("Maria")) { Bot = bot };
        await sam.RunAsync(Scripts.MentorByButtons);
        await bot.ScalarAsync("UPDATE profiles SET vetting_status = 'Approved' WHERE role = 'Mentor'");
        await maria.RunAsync(Scripts.MenteeByButtons);
        await maria.SayAsync("/match");
        await maria.PressAsync("Choose for me");
        await maria.PressAsync("Connect with Sam");
        Assert.StartsWith("Maria would like to talk with you.", sam.Last.Content, StringComparison.Ordinal);

        await sam.PressAsync("Accept");
        string[] fromMaria = ["Hi Sam! How long were you in hospital?", "And when did you walk again?"];
        string[] fromSam = ["Six days. The second day was the hardest.", "On day three, slowly."];
        for (var i = 0; i < fromMaria.Length; i++)
        {
            await maria.SayAsync(fromMaria[i]);
            await sam.SayAsync(fromSam[i]);
        }

        var photoNote = await maria.SendAsync(() => Telegram.EnqueuePhoto(maria.User, "my scar at two weeks"));

        Assert.StartsWith("I can't pass this photo on to Sam yet", Assert.Single(photoNote).Text, StringComparison.Ordinal);
        Assert.Equal("Maria sent a photo, which I can't pass on yet. With it they wrote: my scar at two weeks", sam.Last.Content);
        Assert.Equal(fromMaria.Select(t => "Maria: " + t), sam.Received.Select(m => m.Content).Where(c => c.StartsWith("Maria: ", StringComparison.Ordinal)));
        Assert.Equal(fromSam.Select(t => "Sam: " + t), maria.Received.Select(m => m.Text).Where(t => t.StartsWith("Sam: ", StringComparison.Ordinal)));

        var toSam = string.Join("\n", discord.Rest.Requests.Where(r => r.Path.Contains(samOnDiscord.DmChannelId, StringComparison.Ordinal)).Select(r => r.Path))
            + string.Join("\n", sam.Received.Select(m => m.Content + m.Components?.ToJsonString()));
        Assert.DoesNotContain(maria.User.Id.ToString(CultureInfo.InvariantCulture), toSam, StringComparison.Ordinal);
        Assert.DoesNotContain(maria.User.Username!, toSam, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(maria.User.LastName!, toSam, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Telegram", toSam, StringComparison.OrdinalIgnoreCase);

        var toMaria = string.Join("\n", Telegram.Calls
            .Where(c => c.Parameters["chat_id"]?.ToString() == maria.User.ChatId.ToString(CultureInfo.InvariantCulture))
            .Select(c => c.Parameters.ToJsonString()));
        Assert.DoesNotContain(samOnDiscord.Id, toMaria, StringComparison.Ordinal);
        Assert.DoesNotContain(samOnDiscord.DmChannelId, toMaria, StringComparison.Ordinal);
        Assert.DoesNotContain(samOnDiscord.Username, toMaria, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Discord", toMaria, StringComparison.OrdinalIgnoreCase);
    }
}
