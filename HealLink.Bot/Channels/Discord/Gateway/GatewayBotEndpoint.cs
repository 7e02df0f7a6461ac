using System.Globalization;
using System.Net;
using System.Text.Json;

namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>What <c>GET /gateway/bot</c> said: where to connect and how many identifies are left.</summary>
internal sealed record GatewayBotInfo(Uri Url, int IdentifiesRemaining, TimeSpan ResetAfter);

/// <summary>
/// Asks <c>GET /gateway/bot</c> where the Gateway is and how much of the identify budget is left. A 401 means the
/// token is wrong and stops the bot; any other failure returns null and the caller uses the URL it already has.
/// </summary>
internal sealed partial class GatewayBotEndpoint(HttpClient http, DiscordOptions options, ILogger logger)
{
    /// <summary>Discord blocks requests without a User-Agent of this form.</summary>
    public const string UserAgent = "DiscordBot (https://github.com/heallink, 1.0)";

    public async Task<GatewayBotInfo?> GetAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.ApiBaseUrl.TrimEnd('/') + "/gateway/bot"));
        request.Headers.TryAddWithoutValidation("Authorization", "Bot " + options.BotToken);
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw new DiscordGatewayFatalException(
                    "Discord rejected the bot token (HTTP 401 on GET /gateway/bot). Check Discord:BotToken: copy it again from the developer portal's Bot page, or reset it and set the new one.",
                    closeCode: null);
            }

            if (!response.IsSuccessStatusCode)
            {
                LogFailed(logger, $"HTTP {(int)response.StatusCode}");
                return null;
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            return Read(json.RootElement);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or InvalidOperationException or FormatException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogFailed(logger, exception.GetType().Name);
            return null;
        }
    }

    private GatewayBotInfo? Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("url", out var url)
            || !Uri.TryCreate(url.GetString(), UriKind.Absolute, out var gatewayUrl))
        {
            LogFailed(logger, "no url in the answer");
            return null;
        }

        // A missing budget is taken as "not exhausted": we would rather try than wait a day for nothing.
        var remaining = int.MaxValue;
        var resetAfter = TimeSpan.Zero;
        if (root.TryGetProperty("session_start_limit", out var limit) && limit.ValueKind == JsonValueKind.Object)
        {
            remaining = limit.TryGetProperty("remaining", out var r) && r.TryGetInt32(out var left) ? left : remaining;
            resetAfter = limit.TryGetProperty("reset_after", out var a) && a.TryGetInt64(out var ms) ? TimeSpan.FromMilliseconds(ms) : resetAfter;
        }

        LogFound(logger, gatewayUrl.Host, remaining == int.MaxValue ? "unknown" : remaining.ToString(CultureInfo.InvariantCulture));
        return new GatewayBotInfo(gatewayUrl, remaining, resetAfter);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "GET /gateway/bot failed ({Problem}); connecting to the Gateway URL already known")]
    private static partial void LogFailed(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord's Gateway is at {Host}; {Remaining} identifies left today")]
    private static partial void LogFound(ILogger logger, string host, string remaining);
}
