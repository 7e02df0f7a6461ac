using HealLink.Bot.Channels.Telegram;

namespace HealLink.Bot.Tests.Channels.Telegram;

public sealed class TelegramOptionsValidatorTests
{
    private const string Token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    private readonly TelegramOptionsValidator _sut = new();

    [Fact]
    public void Validate_TokenOnly_IsEnoughForPolling()
    {
        Assert.True(_sut.Validate(null, new TelegramOptions { BotToken = Token }).Succeeded);
    }

    [Theory]
    [InlineData("not a token")]
    [InlineData("123456789")]
    [InlineData(":abcdefghijkl")]
    public void Validate_MalformedToken_NamesTheKeyButNotTheValue(string token)
    {
        var result = _sut.Validate(null, new TelegramOptions { BotToken = token });

        Assert.True(result.Failed);
        Assert.Contains("Telegram:BotToken", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(token, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WebhookWithoutUrlOrSecret_NamesBoth()
    {
        var result = _sut.Validate(null, new TelegramOptions { BotToken = Token, Mode = TelegramMode.Webhook });

        Assert.Contains("Telegram:WebhookUrl", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Telegram:WebhookSecret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://bot.example.org/telegram/webhook", "s3cret")]
    [InlineData("https://bot.example.org/telegram/webhook", "has spaces")]
    [InlineData("https://bot.example.org/telegram/webhook", "")]
    public void Validate_WebhookNotHttpsOrBadSecret_Fails(string url, string secret)
    {
        var options = new TelegramOptions { BotToken = Token, Mode = TelegramMode.Webhook, WebhookUrl = url, WebhookSecret = secret };

        Assert.True(_sut.Validate(null, options).Failed);
    }

    [Fact]
    public void Validate_CompleteWebhook_Succeeds()
    {
        var options = new TelegramOptions
        {
            BotToken = Token,
            Mode = TelegramMode.Webhook,
            WebhookUrl = "https://bot.example.org/telegram/webhook",
            WebhookSecret = "Zx_9-long-random",
        };

        Assert.True(_sut.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Redact_TextWithTheToken_ShowsAMaskInstead()
    {
        var sut = new TokenRedactor(Token);

        Assert.Equal(
            "POST https://api.telegram.org/bot<bot-token>/getUpdates failed",
            sut.Redact($"POST https://api.telegram.org/bot{Token}/getUpdates failed"));
    }

    [Theory]
    [InlineData("secret half alone: {secret}")]
    [InlineData("URL-encoded: bot{encoded}/getMe")]
    [InlineData("URL-encoded secret, lower case: {encodedSecretLower}")]
    public void Redact_TheSecretHalfOrAnEncodedForm_IsMaskedToo(string template)
    {
        var sut = new TokenRedactor(Token);
        var secret = Token[(Token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var text = template
            .Replace("{secret}", secret, StringComparison.Ordinal)
            .Replace("{encoded}", Uri.EscapeDataString(Token), StringComparison.Ordinal)
            .Replace("{encodedSecretLower}", Uri.EscapeDataString(secret).ToLowerInvariant(), StringComparison.Ordinal);

        var redacted = sut.Redact(text);

        Assert.Contains(TokenRedactor.Mask, redacted, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, redacted, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://telegram.example.org/proxy")]
    [InlineData("http://localhost:8081/?x=1")]
    public void Validate_ApiBaseUrlWithAPath_IsRefusedBecauseTheClientWouldDropIt(string url)
    {
        var result = _sut.Validate(null, new TelegramOptions { BotToken = Token, ApiBaseUrl = url });

        Assert.Contains("Telegram:ApiBaseUrl", result.FailureMessage, StringComparison.Ordinal);
    }
}
