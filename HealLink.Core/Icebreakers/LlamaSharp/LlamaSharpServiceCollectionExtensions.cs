using HealLink.Core.Jobs.IdleModels;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealLink.Core.Icebreakers.LlamaSharp;

public static class LlamaSharpServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="LlamaSharpChatClient"/> as this process's <see cref="IChatClient"/>, and as a model the local
    /// scheduler's idle-unload job (<c>JobSchedules.UnloadIdleModels</c>) unloads. Reads <see cref="LlmOptions"/>,
    /// which the caller binds (<c>AddIcebreakers</c> does, and calls this when <c>Llm:Provider</c> is LlamaSharp).
    /// Resolve <see cref="LlamaSharpChatClient"/> itself for its <see cref="LlamaSharpChatClient.State"/>.
    /// </summary>
    public static IServiceCollection AddLlamaSharpChatClient(this IServiceCollection services)
    {
        services.AddOptions<LlmOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LlamaSharpChatClient>();
        services.Replace(ServiceDescriptor.Singleton<IChatClient>(provider => provider.GetRequiredService<LlamaSharpChatClient>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInProcessModel, LlamaSharpChatClient>(
            provider => provider.GetRequiredService<LlamaSharpChatClient>()));
        return services;
    }
}
