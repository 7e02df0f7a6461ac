using HealLink.Bot.Channels.Media;
using HealLink.Bot.Status;
using HealLink.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace HealLink.Bot.Channels.Telegram;

public static class TelegramChannelExtensions
{
    private const string HttpClientName = "Telegram";

    /// <summary>
    /// The Telegram channel: Telegram.Bot's client, the sender behind the outbox, the command menu, and receiving by
    /// long polling or a webhook as <c>Telegram:Mode</c> says. Options are validated at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddTelegramChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();

        services.AddSingleton(provider => new TokenRedactor(provider.GetRequiredService<IOptions<TelegramOptions>>().Value.BotToken ?? ""));
        services.AddHttpClient(HttpClientName, (provider, http) =>
            {
                // Above the long-poll timeout, or every quiet poll would end as a timeout.
                http.Timeout = TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<TelegramOptions>>().Value.PollTimeoutSeconds + 15);
            })

            // Held by a singleton for the bot's lifetime: connections are recycled instead, so DNS changes are seen.
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)

            // The default HTTP logging writes each request's address, and the token is in every address.
            .RemoveAllLoggers();
        services.AddSingleton<ITelegramBotClient>(provider => new TelegramBotClient(
            ClientOptions(provider.GetRequiredService<IOptions<TelegramOptions>>().Value),
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));

        services.TryAddSingleton<BotInstances>();
        services.AddSingleton<IChatSendHistory, OutboxChatSendHistory>();
        services.AddSingleton<TelegramRateLimits>();
        services.AddSingleton<IChannelSender, TelegramSender>();
        services.AddSingleton<IMediaSource, TelegramMediaSource>();
        services.AddSingleton<TelegramFileUploader>();
        services.TryAddSingleton<RelayedFileFetcher>();
        services.AddSingleton<TelegramUpdateHandler>();
        services.AddSingleton<TelegramStartup>();
        services.AddSingleton<TelegramBotIdentity>();
        services.AddHostedService<TelegramCommandMenuPublisher>();

        var mode = builder.Configuration.GetValue($"{TelegramOptions.SectionName}:{nameof(TelegramOptions.Mode)}", TelegramMode.Polling);
        if (mode == TelegramMode.Webhook)
        {
            services.AddSingleton<TelegramWebhook>();
            services.AddHostedService(provider => provider.GetRequiredService<TelegramWebhook>());
        }
        else
        {
            services.AddHostedService<TelegramPolling>();
        }

        return builder;
    }

    /// <summary>
    /// The library's automatic 429 retry is turned off: it would sleep inside a send, outside our outbox and rate
    /// limiter, holding a sending slot for up to a minute. A 429 surfaces at once, and the outbox waits retry_after.
    /// </summary>
    internal static TelegramBotClientOptions ClientOptions(TelegramOptions options)
    {
        // Any other address is a self-hosted Bot API server, which the library then treats as local (file paths).
        var baseUrl = options.ApiBaseUrl.TrimEnd('/');
        return new(options.BotToken ?? "", baseUrl == TelegramOptions.DefaultApiBaseUrl ? null : baseUrl)
        {
            RetryThreshold = 0,
            RetryCount = 0,
        };
    }
}
