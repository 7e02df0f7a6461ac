using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>Checks the Telegram section at start-up; each message names its key and never shows the token.</summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.BotToken) || !TokenShape().IsMatch(options.BotToken))
        {
            problems.Add("Telegram:BotToken does not look like a bot token from BotFather (digits, a colon, then letters, digits, _ and -).");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http"))
        {
            problems.Add("Telegram:ApiBaseUrl must be an absolute http(s) address, such as https://api.telegram.org.");
        }
        else if (api.AbsolutePath != "/" || api.Query.Length > 0)
        {
            // Telegram.Bot keeps only the scheme, host and port of a Bot API server's address.
            problems.Add("Telegram:ApiBaseUrl must be a server's address without a path, such as http://localhost:8081.");
        }

        if (options.PollTimeoutSeconds is < 0 or > 50)
        {
            problems.Add("Telegram:PollTimeoutSeconds must be between 0 and 50.");
        }

        if (options.PerChatMessagesPerSecond is <= 0 or > 30 || options.PerChatBurst is < 1 or > 30)
        {
            problems.Add("Telegram:PerChatMessagesPerSecond must be above 0 and at most 30, Telegram:PerChatBurst 1–30.");
        }

        if (options.GlobalMessagesPerSecond is <= 0 or > 1000)
        {
            problems.Add("Telegram:GlobalMessagesPerSecond must be above 0 and at most 1000.");
        }

        if (options.Mode == TelegramMode.Webhook)
        {
            ValidateWebhook(options, problems);
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void ValidateWebhook(TelegramOptions options, List<string> problems)
    {
        if (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var url) || url.Scheme != "https")
        {
            problems.Add("Telegram:WebhookUrl must be the public https:// address Telegram will post updates to.");
        }

        if (options.WebhookSecret is null || !SecretShape().IsMatch(options.WebhookSecret))
        {
            problems.Add("Telegram:WebhookSecret must be 1–256 characters of A–Z, a–z, 0–9, _ and -.");
        }

        if (!Uri.TryCreate(options.WebhookListenUrl, UriKind.Absolute, out _))
        {
            problems.Add("Telegram:WebhookListenUrl must be an address to listen on, such as http://127.0.0.1:8080.");
        }

        if (!options.WebhookPath.StartsWith('/'))
        {
            problems.Add("Telegram:WebhookPath must start with /.");
        }
    }

    // The bot's id before the colon is at most 16 digits long, as Telegram.Bot reads it.
    [GeneratedRegex("^[0-9]{1,16}:[A-Za-z0-9_-]{10,}$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
