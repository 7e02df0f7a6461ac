using System.Globalization;

namespace HealLink.Bot.Tests.Reliability;

/// <summary>How each bot process behind <see cref="RoundRobinWebhook"/> is set up: its own port, the one public address.</summary>
internal static class WebhookInstance
{
    private const string Secret = "reliability_Secret-1";

    /// <summary>Where the balancer reaches the process listening on <paramref name="port"/>.</summary>
    public static Uri Endpoint(int port) => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/telegram/webhook"));

    /// <param name="telegram">The fake's address as this process knows it, so its calls carry its own Host header.</param>
    public static string[] Settings(int port, string telegram) =>
    [
        "--Telegram:Mode=Webhook",

        // The public address, whose TLS the balancer would terminate; the fake posts to the balancer instead.
        "--Telegram:WebhookUrl=https://127.0.0.1:8443/telegram/webhook",
        $"--Telegram:WebhookSecret={Secret}",
        string.Create(CultureInfo.InvariantCulture, $"--Telegram:WebhookListenUrl=http://127.0.0.1:{port}"),
        $"--Telegram:ApiBaseUrl={telegram}",
    ];
}
