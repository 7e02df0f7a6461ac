using System.Diagnostics.Metrics;
using HealLink.Core.Connections.Opening;
using HealLink.Core.Icebreakers.LlamaSharp;
using HealLink.Core.Icebreakers.OpenAiCompatible;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealLink.Core.Icebreakers;

public static class IcebreakersServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="IcebreakerService"/> as the <see cref="IIcebreakerGenerator"/>, with <see cref="LlmOptions"/>
    /// (section <c>Llm</c>) validated at start-up, and the chat client of the configured provider: none for
    /// <see cref="LlmProvider.Template"/>, so the template writes every icebreaker.
    /// </summary>
    public static IServiceCollection AddIcebreakers(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(LlmOptions.SectionName);
        services.AddOptions<LlmOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IcebreakerMetrics>(sp => new IcebreakerMetrics(sp.GetService<IMeterFactory>()));
        services.TryAddSingleton<IcebreakerService>();
        services.Replace(ServiceDescriptor.Singleton<IIcebreakerGenerator>(sp => sp.GetRequiredService<IcebreakerService>()));
        AddChatClient(services, section.GetValue<LlmProvider?>(nameof(LlmOptions.Provider)) ?? LlmProvider.Template);
        return services;
    }

    /// <summary>The one place a provider registers its <c>IChatClient</c>; the service uses whichever is registered.</summary>
    private static void AddChatClient(IServiceCollection services, LlmProvider provider)
    {
        switch (provider)
        {
            case LlmProvider.Template:
                break;
            case LlmProvider.LlamaSharp:
                services.AddLlamaSharpChatClient();
                break;
            case LlmProvider.OpenAiCompatible:
                services.AddOpenAiCompatibleChatClient();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown Llm:Provider");
        }
    }
}
