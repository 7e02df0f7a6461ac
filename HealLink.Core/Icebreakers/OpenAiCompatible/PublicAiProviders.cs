namespace HealLink.Core.Icebreakers.OpenAiCompatible;

/// <summary>
/// Hosts of public AI services. HealLink sends people's health stories only to a server the operator runs, so a
/// <see cref="LlmOptions.BaseUrl"/> on one of these is refused unless <see cref="LlmOptions.AllowRemoteProvider"/> is set.
/// The one list: add a provider here and the start-up check knows it.
/// </summary>
internal static class PublicAiProviders
{
    // A name here matches itself and every host below it (api.openai.com matches eu.api.openai.com too).
    private static readonly string[] Domains =
    [
        "api.openai.com",
        "openai.azure.com",
        "cognitiveservices.azure.com",
        "services.ai.azure.com",
        "api.anthropic.com",
        "generativelanguage.googleapis.com",
        "aiplatform.googleapis.com",
        "api.mistral.ai",
        "api.groq.com",
        "api.together.xyz",
        "api.together.ai",
        "openrouter.ai",
        "api.deepseek.com",
        "api.cohere.ai",
        "api.cohere.com",
        "api.fireworks.ai",
        "api.perplexity.ai",
        "api.x.ai",
        "api.deepinfra.com",
        "api-inference.huggingface.co",
        "router.huggingface.co",
        "dashscope.aliyuncs.com",
        "dashscope-intl.aliyuncs.com",
        "api.moonshot.ai",
    ];

    /// <returns>The listed name the address falls under, or null for a host not on the list.</returns>
    public static string? Match(Uri address)
    {
        // Trailing dot: "api.openai.com." is the same host written fully qualified.
        var host = address.IdnHost.TrimEnd('.');
        return Domains.FirstOrDefault(domain =>
            host.Equals(domain, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase));
    }
}
