using HealLink.Core.Icebreakers;
using HealLink.Core.Icebreakers.OpenAiCompatible;

namespace HealLink.Core.Tests.Icebreakers.OpenAiCompatible;

public sealed class OpenAiCompatibleOptionsValidatorTests
{
    private readonly OpenAiCompatibleOptionsValidator _sut = new();

    [Theory]
    [InlineData("http://127.0.0.1:11434/v1")]
    [InlineData("http://localhost:8080/v1")]
    [InlineData("https://llm.hospital.internal/v1")]
    [InlineData("http://[::1]:8000/v1")]
    [InlineData("https://notapi.openai.com.example.org/v1")]
    public void Validate_ServerTheOperatorRuns_Succeeds(string baseUrl)
    {
        var result = _sut.Validate(null, Settings(baseUrl));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("https://api.openai.com/v1", "api.openai.com")]
    [InlineData("https://API.OpenAI.com./v1", "api.openai.com")]
    [InlineData("https://my-team.openai.azure.com/openai/v1", "openai.azure.com")]
    [InlineData("https://api.anthropic.com/v1", "api.anthropic.com")]
    [InlineData("https://generativelanguage.googleapis.com/v1beta/openai", "generativelanguage.googleapis.com")]
    [InlineData("https://api.mistral.ai/v1", "api.mistral.ai")]
    [InlineData("https://api.groq.com/openai/v1", "api.groq.com")]
    [InlineData("https://api.together.xyz/v1", "api.together.xyz")]
    [InlineData("https://openrouter.ai/api/v1", "openrouter.ai")]
    [InlineData("https://api.deepseek.com/v1", "api.deepseek.com")]
    [InlineData("https://api.cohere.ai/compatibility/v1", "api.cohere.ai")]
    public void Validate_PublicAiProvider_FailsNamingTheKeyAndWhy(string baseUrl, string provider)
    {
        var result = _sut.Validate(null, Settings(baseUrl));

        Assert.True(result.Failed);
        Assert.StartsWith($"Llm:BaseUrl points at a public AI provider ({provider}):", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("health stories must not leave this deployment", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Llm:AllowRemoteProvider=true", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.FailureMessage);
    }

    [Fact]
    public void Validate_PublicAiProviderAllowed_Succeeds()
    {
        var settings = Settings("https://api.openai.com/v1");
        settings.AllowRemoteProvider = true;

        Assert.True(_sut.Validate(null, settings).Succeeded);
    }

    [Fact]
    public void Validate_NoBaseUrl_FailsNamingTheKey()
    {
        var settings = Settings(null);

        var result = _sut.Validate(null, settings);

        Assert.Equal(
            "Llm:BaseUrl is required when Llm:Provider is OpenAiCompatible: the address of the server you run, e.g. " +
            "http://127.0.0.1:11434/v1 for Ollama.",
            result.FailureMessage);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/v1")]
    [InlineData("file:///tmp/model")]
    public void Validate_BaseUrlNotHttp_Fails(string baseUrl)
    {
        var result = _sut.Validate(null, Settings(baseUrl));

        Assert.StartsWith("Llm:BaseUrl must be an absolute http:// or https:// address", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RelativeBaseUrl_Fails()
    {
        var settings = Settings(null);
        settings.BaseUrl = new Uri("v1", UriKind.Relative);

        Assert.True(_sut.Validate(null, settings).Failed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_NoModel_FailsNamingTheKey(string? model)
    {
        var settings = Settings("http://127.0.0.1:11434/v1");
        settings.Model = model;

        var result = _sut.Validate(null, settings);

        Assert.StartsWith("Llm:Model is required when Llm:Provider is OpenAiCompatible", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BaseUrlWithCredentials_MessageNeverRepeatsThem()
    {
        var result = _sut.Validate(null, Settings("https://user:hunter2@api.openai.com/v1"));

        Assert.True(result.Failed);
        Assert.DoesNotContain("hunter2", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LlmProvider.Template)]
    [InlineData(LlmProvider.LlamaSharp)]
    public void Validate_OtherProvider_IgnoresTheServerSettings(LlmProvider provider)
    {
        var settings = Settings("https://api.openai.com/v1");
        settings.Provider = provider;
        settings.Model = null;

        Assert.True(_sut.Validate(null, settings).Succeeded);
    }

    private static LlmOptions Settings(string? baseUrl) => new()
    {
        Provider = LlmProvider.OpenAiCompatible,
        BaseUrl = baseUrl is null ? null : new Uri(baseUrl),
        Model = "qwen2.5:0.5b-instruct",
    };
}
