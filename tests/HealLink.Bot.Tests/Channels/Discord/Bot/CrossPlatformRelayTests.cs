using System.Globalization;
using HealLink.Bot.Tests.Channels.Telegram;
using HealLink.Core.Tests.Conversations;
using HealLink.FakeDiscord;

namespace HealLink.Bot.Tests.Channels.Discord.Bot;

/// <summary>
/// Equal citizens across platforms: a mentee on Telegram and a mentor on Discord, one bot with both channels, matched
/// and talking through the relay; a photo and a scan cross platforms (downloaded and uploaded again) in order with
/// the words; neither ever receives the other's platform, username or id.
/// </summary>
public sealed class CrossPlatformRelayTests : TelegramTestBase
{
    [Fact]
    public async Task Relay_TelegramMenteeAndDiscordMentor_TalkAndSendFilesBothWaysInOrderAndNothingOfTheOtherLeaks()
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database, more: DiscordBotHost.Settings(discord, Database));
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

        await sam.EditAsync(sam.LastWrittenId!, "On day four, slowly.");
        Assert.Equal("Sam edited a message: On day four, slowly.", maria.Last.Text);

        byte[] photo = [0xFF, 0xD8, 0xFF, 0xE0, 0x11, 0x22, 0x33, 0x44, 0xFF, 0xD9];
        byte[] scan = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x55, 0x66, 0x77];
        var photoEcho = await maria.SendAsync(() => Telegram.EnqueuePhoto(maria.User, "my scar at two weeks", photo));
        var scanEcho = await sam.SendFileAsync(discord.Rest.SeedAttachmentFile(samOnDiscord.DmChannelId, "scar-day-6.png", scan, "image/png"), "mine on day six");
        await maria.SayAsync("Thank you for showing me.");
        await sam.SayAsync("It fades, I promise.");

        Assert.Empty(photoEcho);
        Assert.Empty(scanEcho);
        var photoToSam = sam.Received.Single(m => m.Attachments.Count > 0);
        Assert.Equal("Maria: my scar at two weeks", photoToSam.Content);
        Assert.Equal(photo, Assert.Single(photoToSam.Attachments).Bytes);
        var scanToMaria = Assert.Single(maria.Received, m => m.FileBytes is not null);
        Assert.Equal("Sam: mine on day six", scanToMaria.PlainText);
        Assert.NotNull(scanToMaria.PhotoFileId);
        Assert.Equal(scan, scanToMaria.FileBytes);
        Assert.Equal(
            [.. fromMaria.Select(t => "Maria: " + t), "Maria: my scar at two weeks", "Maria: Thank you for showing me."],
            sam.Received.Select(m => m.Content).Where(c => c.StartsWith("Maria: ", StringComparison.Ordinal)));
        Assert.Equal(
            [.. fromSam.Select(t => "Sam: " + t), "Sam: mine on day six", "Sam: It fades, I promise."],
            maria.Received.Select(m => m.PlainText).Where(t => t.StartsWith("Sam: ", StringComparison.Ordinal)));

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
