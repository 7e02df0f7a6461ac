using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HealLink.Bot.Channels.Telegram.Receiving;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// Webhook mode: a small HTTP endpoint that Telegram posts updates to. It checks the secret header in constant
/// time, hands the update to the pipeline and answers 200 once it is committed (which takes milliseconds), so a
/// failure answers 500 and Telegram delivers the update again.
/// </summary>
internal sealed partial class TelegramWebhook(
    TelegramUpdateHandler handler,
    TelegramStartup startup,
    IOptions<TelegramOptions> options,
    ILogger<TelegramWebhook> logger) : IHostedService, IAsyncDisposable
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    // Updates are small (text is at most 4,096 characters); anything far larger is not from Telegram.
    private const long MaxBodyBytes = 1 << 20;

    private readonly byte[] _secretHash = SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.WebhookSecret ?? ""));
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private Task _registration = Task.CompletedTask;

    /// <summary>Where the endpoint listens once started (the port is known only then when it was 0).</summary>
    public IReadOnlyList<string> ListeningOn => _app?.Urls.ToList() ?? [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(settings.WebhookListenUrl);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost(settings.WebhookPath, (Delegate)ReceiveAsync);
        await _app.StartAsync(cancellationToken);

        // Registered in the background: a network outage at start-up must not hold up the rest of the bot.
        var webhook = new WebhookRegistration(settings.WebhookUrl!, settings.WebhookSecret!, MaxConnections: 40);
        _registration = Task.Run(() => startup.PrepareAsync(webhook, _stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // The webhook stays registered: other instances may serve it, and Telegram keeps updates while none does.
        await _stopping.CancelAsync();
        await _registration;
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        if (!SecretMatches(context.Request.Headers[SecretHeader]))
        {
            LogRejected(logger, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            return Results.Unauthorized();
        }

        context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize = MaxBodyBytes;
        ReceivedUpdate? received;
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            received = UpdateJson.Read(body.RootElement);
        }
        catch (Exception exception) when (exception is JsonException or BadHttpRequestException)
        {
            received = null;
        }

        if (received is null)
        {
            LogUnreadable(logger);
            return Results.BadRequest();
        }

        return await handler.HandleAsync(received, context.RequestAborted)
            ? Results.Ok()
            : Results.StatusCode(StatusCodes.Status500InternalServerError);
    }

    private bool SecretMatches(string? presented) =>
        presented is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), _secretHash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook request from {RemoteAddress} rejected: wrong or missing secret")]
    private static partial void LogRejected(ILogger logger, string remoteAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook request with a body that is not a Telegram update; rejected")]
    private static partial void LogUnreadable(ILogger logger);
}
