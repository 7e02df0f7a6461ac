using System.Globalization;
using System.Net;
using System.Text;
using HealLink.Bot.Channels.Telegram;
using HealLink.Core.Onboarding;

namespace HealLink.Bot.Tests.Channels.Telegram;

/// <summary>Webhook mode: Telegram posts updates to our endpoint, which must check the secret header.</summary>
public sealed class TelegramWebhookTests : TelegramTestBase
{
    private const string Secret = "test_Secret-123";

    private static readonly string[] _webhookSettings =
    [
        "--Telegram:Mode=Webhook",
        "--Telegram:WebhookUrl=https://bot.example.org/telegram/webhook",
        $"--Telegram:WebhookSecret={Secret}",
        "--Telegram:WebhookListenUrl=http://127.0.0.1:0",
    ];

    [Fact]
    public async Task StartUp_RegistersTheWebhookWithItsSecretAndUpdateTypes()
    {
        await using var bot = await StartAsync();

        await Telegram.WaitUntilAsync(() => Telegram.Webhook is not null);

        Assert.Equal(new Uri("https://bot.example.org/telegram/webhook"), Telegram.Webhook!.Url);
        Assert.Equal(Secret, Telegram.Webhook.SecretToken);
        Assert.Contains("callback_query", Telegram.Webhook.AllowedUpdates!);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong")]
    [InlineData("test_Secret-1234")]
    public async Task Post_WrongOrMissingSecret_Is401AndChangesNothing(string? secret)
    {
        await using var bot = await StartAsync();
        var user = Telegram.CreateUser();

        var response = await PostAsync(bot, UpdateJson(1, user.Id, "/start"), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await bot.ScalarAsync("SELECT count(*) FROM inbound_receipts"));
    }

    [Fact]
    public async Task Post_RightSecret_IsCommittedBeforeTheAnswerAndRepliedTo()
    {
        await using var bot = await StartAsync();
        var user = Telegram.CreateUser();

        var response = await PostAsync(bot, UpdateJson(1, user.Id, "/start"), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await bot.ScalarAsync("SELECT count(*) FROM inbound_receipts"));
        await bot.WaitUntilHandledAsync(1);
        Assert.Equal([OnboardingCopy.English.Welcome, ConsentSteps.Consent().Prompt], Telegram.SentTo(user.Id).Select(m => m.PlainText));
    }

    [Fact]
    public async Task Post_SameUpdateTwice_IsHandledOnce()
    {
        await using var bot = await StartAsync();
        var user = Telegram.CreateUser();

        await PostAsync(bot, UpdateJson(5, user.Id, "/start"), Secret);
        var again = await PostAsync(bot, UpdateJson(5, user.Id, "/start"), Secret);
        await bot.WaitUntilHandledAsync(5);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, Telegram.SentTo(user.Id).Count);
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("{\"update_id\":")]
    [InlineData("[]")]
    [InlineData("{\"message\":{\"text\":\"no id\"}}")]
    public async Task Post_GarbageWithTheRightSecret_Is400AndTheBotCarriesOn(string body)
    {
        await using var bot = await StartAsync();
        var user = Telegram.CreateUser();

        var garbage = await PostAsync(bot, body, Secret);
        var good = await PostAsync(bot, UpdateJson(9, user.Id, "hi"), Secret);

        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
    }

    private async Task<TelegramBotHost> StartAsync() =>
        await TelegramBotHost.StartAsync(Telegram, Database, configure: null, _webhookSettings);

    private static async Task<HttpResponseMessage> PostAsync(TelegramBotHost bot, string json, string? secret)
    {
        var address = new Uri(new Uri(bot.Webhook.ListeningOn[0]), "/telegram/webhook");
        using var request = new HttpRequestMessage(HttpMethod.Post, address)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add(TelegramWebhook.SecretHeader, secret);
        }

        using var http = new HttpClient();
        return await http.SendAsync(request);
    }

    private static string UpdateJson(long updateId, long userId, string text) =>
        """{"update_id":UPDATE,"message":{"message_id":UPDATE,"date":1,"chat":{"id":USER,"type":"private"},"from":{"id":USER,"is_bot":false,"first_name":"Maria"},"text":"TEXT"}}"""
            .Replace("UPDATE", updateId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("USER", userId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("TEXT", text, StringComparison.Ordinal);
}
