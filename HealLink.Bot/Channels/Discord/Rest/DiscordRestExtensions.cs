using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Discord.Rest;

public static class DiscordRestExtensions
{
    private const string HttpClientName = "DiscordRest";
    private const string UserAgent = "DiscordBot (https://github.com/heallink, 1.0)";

    /// <summary>
    /// The REST client and its endpoint classes, as singletons: the bucket table and the DM channel cache must be one
    /// per process. Expects <see cref="DiscordOptions"/> to be bound.
    /// </summary>
    public static IServiceCollection AddDiscordRest(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(HttpClientName, (provider, http) =>
            {
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
                http.Timeout = TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<DiscordOptions>>().Value.RequestTimeoutSeconds);
            })

            // Held by singletons for the bot's lifetime: connections are recycled instead, so DNS changes are seen.
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)

            // The default HTTP logging writes each address, and interaction tokens are in the addresses.
            .RemoveAllLoggers();

        services.AddSingleton(provider => new DiscordTokenRedactor(provider.GetRequiredService<IOptions<DiscordOptions>>().Value.BotToken ?? ""));
        services.AddSingleton<DiscordRateLimits>();
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<DiscordRestClient>(provider, NamedClient(provider)));
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<DiscordAttachmentDownloader>(provider, NamedClient(provider)));
        services.AddSingleton<DiscordDirectMessages>();
        services.AddSingleton<DiscordMessagesApi>();
        services.AddSingleton<DiscordInteractionsApi>();
        services.AddSingleton<DiscordCommandsApi>();
        services.AddSingleton<DiscordThreadsApi>();
        return services;
    }

    private static HttpClient NamedClient(IServiceProvider provider) =>
        provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
}
