using HealLink.Bot.Channels.Discord.Gateway;
using HealLink.Bot.Channels.Discord.Rest;
using HealLink.Bot.Channels.Media;
using HealLink.Core.Hosting;
using HealLink.Core.Pipeline;
using HealLink.Core.Service.Leadership;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Discord;

public static class DiscordChannelExtensions
{
    /// <summary>How the health page names this channel.</summary>
    public const string ChannelName = "Discord";

    private const string GatewayHttpClientName = "DiscordGateway";

    /// <summary>
    /// The Discord channel: our own REST client (the sender behind the outbox, interaction answers, slash commands) and
    /// Gateway client (receiving), in direct messages and, in thread mode, private threads. Options are validated at
    /// start-up.
    /// </summary>
    public static IHostApplicationBuilder AddDiscordChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.AddDiscordRest();
        services.AddSingleton<IChannelSender, DiscordSender>();
        services.AddSingleton<DiscordConversationThreads>();
        services.TryAddSingleton<ConversationThreadOwners>();
        services.AddSingleton<IMediaSource, DiscordMediaSource>();
        services.TryAddSingleton<RelayedFileFetcher>();
        services.AddSingleton<DiscordCommandPublisher>();
        services.AddSingleton<IDiscordGatewayHandler, DiscordDispatchHandler>();

        // The token is in a header of the one GET /gateway/bot, never in an address; no request logging all the same.
        services.AddHttpClient(GatewayHttpClientName).RemoveAllLoggers();
        services.AddSingleton(provider => new DiscordGatewayClient(
            provider.GetRequiredService<IOptions<DiscordOptions>>().Value,
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(GatewayHttpClientName),
            provider.GetRequiredService<IDiscordGatewayHandler>(),
            provider.GetRequiredService<ChannelStatuses>().For(ChannelName),
            provider.GetRequiredService<ILogger<DiscordGatewayClient>>()));
        services.TryAddSingleton<LeaderElection>();
        services.TryAddSingleton<ProcessIdentity>();
        services.AddHostedService<DiscordGatewayService>();
        return builder;
    }
}
