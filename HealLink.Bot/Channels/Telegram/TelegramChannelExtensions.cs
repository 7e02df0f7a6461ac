using HealLink.Bot.Channels.Telegram.Api;
using HealLink.Core.Pipeline;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Telegram;

public static class TelegramChannelExtensions
{
    /// <summary>
    /// The Telegram channel: the Bot API client, the sender behind the outbox, and receiving by long polling or a
    /// webhook as <c>Telegram:Mode</c> says. Options are validated at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddTelegramChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();

        services.AddSingleton(provider => new TokenRedactor(provider.GetRequiredService<IOptions<TelegramOptions>>().Value.BotToken ?? ""));
        services.AddHttpClient<TelegramApiClient>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
                http.BaseAddress = new Uri($"{options.ApiBaseUrl.TrimEnd('/')}/bot{options.BotToken}/");

                // Above the long-poll timeout, or every quiet poll would end as a timeout.
                http.Timeout = TimeSpan.FromSeconds(options.PollTimeoutSeconds + 15);
            })

            // Held by singletons for the bot's lifetime: connections are recycled instead, so DNS changes are seen.
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)

            // The default HTTP logging writes each request's address, and the token is in every address.
            .RemoveAllLoggers();

        services.AddSingleton<TelegramRateLimits>();
        services.AddSingleton<IChannelSender, TelegramSender>();
        services.AddSingleton<TelegramUpdateHandler>();
        services.AddSingleton<TelegramStartup>();

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
}
