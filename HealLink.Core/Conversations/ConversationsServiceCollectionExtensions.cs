using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealLink.Core.Conversations;

public static class ConversationsServiceCollectionExtensions
{
    /// <summary>The conversation logic: stateless, so one instance serves every message.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConversationHandler>();
        return services;
    }
}
