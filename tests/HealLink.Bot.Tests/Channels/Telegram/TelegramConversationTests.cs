using HealLink.Core.Tests.Conversations;
using HealLink.FakeTelegram;

namespace HealLink.Bot.Tests.Channels.Telegram;

/// <summary>A mentee and a mentor who met through the bot, talking on Telegram: the bot relays, and hides who they are.</summary>
public sealed class TelegramConversationTests : TelegramTestBase
{
    [Fact]
    public async Task Conversation_RelaysBothWays_AndNoPayloadToEitherCarriesTheOthersIdUsernameOrLastName()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database);
        var (sam, maria) = await ConnectedAsync(bot);

        await maria.SayAsync("Hi Sam! How long were you in hospital?");
        await sam.SayAsync("Six days. The second day was the hardest.");

        Assert.Equal("Maria: Hi Sam! How long were you in hospital?", sam.Last.Text);
        Assert.Equal("Sam: Six days. The second day was the hardest.", maria.Last.Text);
        AssertNothingOfTheOtherIn(sam.User, maria.User);
        AssertNothingOfTheOtherIn(maria.User, sam.User);
    }

    [Fact]
    public async Task Export_ArrivesAsReadableTextAndAJsonDocument_WithTheirOwnMessagesOnly()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database);
        var (sam, maria) = await ConnectedAsync(bot);
        await maria.SayAsync("A question about dialysis, maple-77");
        await sam.SayAsync("Ask away, cedar-12");

        var replies = await maria.SayAsync("/export");

        var file = replies[^1];
        Assert.Equal("heallink-export.json", file.DocumentName);
        using var json = System.Text.Json.JsonDocument.Parse(file.DocumentText!);
        Assert.Equal("A question about dialysis, maple-77", json.RootElement.GetProperty("messages_you_wrote")[0].GetProperty("text").GetString());
        Assert.Equal(["Telegram"], json.RootElement.GetProperty("platforms").EnumerateArray().Select(p => p.GetString()));
        Assert.DoesNotContain("cedar-12", file.DocumentText, StringComparison.Ordinal);
        Assert.DoesNotContain(maria.User.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), file.DocumentText, StringComparison.Ordinal);
        Assert.Contains("Messages you wrote in conversations:", replies[^2].Text, StringComparison.Ordinal);
        // No document row stays behind holding the export (the text is encrypted, so the row is found by its file name).
        Assert.Equal(0, await bot.ScalarAsync("SELECT COUNT(*) FROM outbox_messages WHERE file_name IS NOT NULL"));
    }

    /// <summary>
    /// Sam (Samuel on Telegram) onboards and is approved; Maria onboards, lets the bot choose, and connects; Sam, sent
    /// her card, accepts.
    /// </summary>
    private async Task<(TelegramPerson Sam, TelegramPerson Maria)> ConnectedAsync(TelegramBotHost bot)
    {
        var sam = new TelegramPerson(Telegram, Telegram.CreateUser("Samuel")) { Bot = bot };
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser("Maria")) { Bot = bot };
        await sam.RunAsync(Scripts.MentorByButtons);
        await bot.ScalarAsync("UPDATE profiles SET vetting_status = 'Approved' WHERE role = 'Mentor'");
        await maria.RunAsync(Scripts.MenteeByButtons);
        await maria.SayAsync("/match");
        await maria.PressAsync("Choose for me");
        await maria.PressAsync("Connect with Sam");
        Assert.StartsWith("Maria would like to talk with you.", sam.Last.Text, StringComparison.Ordinal);
        await sam.PressAsync("Accept");
        return (sam, maria);
    }

    /// <summary>Every request the bot made about <paramref name="recipient"/>'s chat, parameters and all.</summary>
    private void AssertNothingOfTheOtherIn(FakeTelegramUser recipient, FakeTelegramUser other)
    {
        var payloads = Telegram.Calls
            .Where(c => c.Parameters["chat_id"]?.ToString() == recipient.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(c => c.Parameters.ToJsonString())
            .ToList();
        Assert.True(payloads.Count > 10, "the recipient was written to");
        var secrets = new[] { other.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), other.Username!, other.LastName! };
        foreach (var payload in payloads)
        {
            Assert.DoesNotContain(secrets, secret => payload.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }
}
