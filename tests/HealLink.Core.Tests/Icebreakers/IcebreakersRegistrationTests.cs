using HealLink.Core.Connections.Opening;
using HealLink.Core.Icebreakers;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Tests.Icebreakers;

public sealed class IcebreakersRegistrationTests
{
    [Fact]
    public void AddIcebreakers_NothingConfigured_ServiceWithoutAModel()
    {
        using var sut = Services();

        Assert.IsType<IcebreakerService>(sut.GetRequiredService<IIcebreakerGenerator>());
        Assert.Null(sut.GetService<IChatClient>());
        Assert.Equal(LlmProvider.Template, sut.GetRequiredService<IOptions<LlmOptions>>().Value.Provider);
    }

    [Fact]
    public void AddIcebreakers_OutOfRangeSetting_FailsValidation()
    {
        using var sut = Services(("Llm:MaxOutputTokens", "4"));

        var error = Assert.Throws<OptionsValidationException>(() => sut.GetRequiredService<IOptions<LlmOptions>>().Value);
        Assert.Contains("MaxOutputTokens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddIcebreakers_ChatClientRegistered_TheServiceAsksIt()
    {
        var model = new FakeChatClient("Not an icebreaker");
        await using var sut = Services(configure: services => services.AddSingleton<IChatClient>(model));

        await sut.GetRequiredService<IIcebreakerGenerator>().WriteAsync(Pairs.Ana(), Pairs.Sam(), CancellationToken.None);

        Assert.Equal(1, model.Calls);
    }

    private static ServiceProvider Services(params (string Key, string? Value)[] settings) => Services(null, settings);

    private static ServiceProvider Services(Action<IServiceCollection>? configure, params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection().AddLogging().AddIcebreakers(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
