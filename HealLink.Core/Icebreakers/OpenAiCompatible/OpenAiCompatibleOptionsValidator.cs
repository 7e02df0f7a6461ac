using Microsoft.Extensions.Options;

namespace HealLink.Core.Icebreakers.OpenAiCompatible;

/// <summary>
/// What <see cref="LlmOptions"/> needs when <see cref="LlmProvider.OpenAiCompatible"/> is chosen: a server address and a
/// model name, and a server the operator runs rather than a public AI provider.
/// </summary>
internal sealed class OpenAiCompatibleOptionsValidator : IValidateOptions<LlmOptions>
{
    private const string Section = LlmOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        if (options.Provider != LlmProvider.OpenAiCompatible)
        {
            return ValidateOptionsResult.Success;
        }

        string[] failures = [.. BaseUrlFailures(options), .. ModelFailures(options)];
        return failures.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> BaseUrlFailures(LlmOptions options)
    {
        if (options.BaseUrl is null)
        {
            yield return $"{Section}:BaseUrl is required when {Section}:Provider is OpenAiCompatible: the address of " +
                "the server you run, e.g. http://127.0.0.1:11434/v1 for Ollama.";
            yield break;
        }

        var url = options.BaseUrl;
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            // The value is not repeated: a user:password part in it would reach the start-up log.
            yield return $"{Section}:BaseUrl must be an absolute http:// or https:// address, e.g. http://127.0.0.1:11434/v1.";
            yield break;
        }

        if (!options.AllowRemoteProvider && PublicAiProviders.Match(url) is { } provider)
        {
            yield return $"{Section}:BaseUrl points at a public AI provider ({provider}): people's health stories must " +
                "not leave this deployment, so icebreakers come only from a server you run (Ollama, llama.cpp's server, " +
                $"vLLM); set {Section}:AllowRemoteProvider=true only if {url.IdnHost} is in fact yours.";
        }
    }

    private static IEnumerable<string> ModelFailures(LlmOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Model))
        {
            yield return $"{Section}:Model is required when {Section}:Provider is OpenAiCompatible: the model name " +
                "your server knows, e.g. qwen2.5:0.5b-instruct.";
        }
    }
}
