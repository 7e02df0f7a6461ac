using HealLink.Core.Hosting;
using HealLink.Core.Icebreakers;
using HealLink.Core.Icebreakers.OpenAiCompatible;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Tests.Icebreakers.OpenAiCompatible;

/// <summary>As the icebreaker registration uses it: Llm bound from configuration, then this provider added.</summary>
public sealed class OpenAiCompatibleRegistrationTests
{
    [Fact]
    public async Task AddOpenAiCompatibleChatClient_Configured_ChatClientAsksTheServer()
    {
        await using var server = await FakeChatServer.StartAsync(FakeChatReplies.Answer("Hello from the fake."));
        await using var services = Services(
            ("Llm:Provider", "OpenAiCompatible"), ("Llm:BaseUrl", server.BaseUrl.ToString()), ("Llm:Model", "llama3.2"));
        services.ValidateSettings();
        var sut = services.GetRequiredService<IChatClient>();

        var response = await sut.GetResponseAsync("Say hello.");

        Assert.Equal("Hello from the fake.", response.Text);
        Assert.Same(sut, services.GetRequiredService<IChatClient>());
    }

    [Fact]
    public async Task AddOpenAiCompatibleChatClient_PublicProvider_StartupSaysWhyInOneLine()
    {
        await using var services = Services(
            ("Llm:Provider", "OpenAiCompatible"), ("Llm:BaseUrl", "https://api.openai.com/v1"), ("Llm:Model", "gpt-4o-mini"),
            ("Llm:ApiKey", "sk-real-looking-key-123"));

        var exception = Assert.Throws<OptionsValidationException>(services.ValidateSettings);

        var message = StartupProblem.Describe(exception);
        Assert.NotNull(message);
        Assert.StartsWith("Llm:BaseUrl points at a public AI provider (api.openai.com)", message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-real-looking-key-123", message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddOptions<LlmOptions>().Bind(configuration.GetSection(LlmOptions.SectionName));
        return services.AddOpenAiCompatibleChatClient().BuildServiceProvider();
    }
}
