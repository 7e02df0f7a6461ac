using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Icebreakers.OpenAiCompatible;

public static class OpenAiCompatibleServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="IChatClient"/> singleton that asks the operator's OpenAI-compatible server, and the
    /// start-up check of its <see cref="LlmOptions"/> (BaseUrl and Model set, no public AI provider). The caller binds
    /// <see cref="LlmOptions"/> from configuration.
    /// </summary>
    public static IServiceCollection AddOpenAiCompatibleChatClient(this IServiceCollection services)
    {
        services.AddOptions<LlmOptions>().ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, OpenAiCompatibleOptionsValidator>());
        services.AddSingleton(provider =>
            OpenAiCompatibleChatClientFactory.Create(provider.GetRequiredService<IOptions<LlmOptions>>().Value));
        return services;
    }
}
