using HealLink.Core.Icebreakers;
using HealLink.Core.Icebreakers.LlamaSharp;
using HealLink.Core.Jobs;
using HealLink.Core.Jobs.IdleModels;
using HealLink.Core.Tests.Jobs;
using HealLink.Core.Tests.Matching.Embeddings;
using HealLink.Core.Tests.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

public sealed class AddLlamaSharpChatClientTests : IDisposable
{
    private readonly TestDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void AddLlamaSharpChatClient_Resolved_OneClientAsChatClientAndIdleModel()
    {
        var services = new ServiceCollection().AddLogging();

        services.AddLlamaSharpChatClient();

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var sut = provider.GetRequiredService<LlamaSharpChatClient>();
        Assert.Same(sut, provider.GetRequiredService<IChatClient>());
        Assert.Same(sut, Assert.Single(provider.GetServices<IInProcessModel>()));
    }

    [Fact]
    public async Task UnloadIdleModelsJob_InTheLocalScheduler_UnloadsTheModelOnceIdleAndItStillAnswers()
    {
        await using var host = await JobsHost.StartAsync(
            _file,
            new CountingEmbedder(),
            configure: services => services
                .AddLlamaSharpChatClient()
                .Configure<LlmOptions>(o =>
                {
                    o.ModelPath = TestModels.Stories;
                    o.Seed = 42;
                    o.MaxOutputTokens = 20;
                    o.IdleUnloadAfter = TimeSpan.FromSeconds(1);
                }),
            settings: ("Jobs:IdleModelCheckInterval", "00:00:00.200"));
        var sut = host.Services.GetRequiredService<LlamaSharpChatClient>();
        var chat = host.Services.GetRequiredService<IChatClient>();

        var first = await chat.GetResponseAsync(StoryPrompt.Messages);
        await WaitUntilAsync(() => !sut.State.IsLoaded);
        var second = await chat.GetResponseAsync(StoryPrompt.Messages);

        Assert.Equal(first.Text, second.Text);
        Assert.Equal((2, 1), (sut.State.Loads, sut.State.Unloads));
        Assert.Contains(JobSchedules.UnloadIdleModels, await (await host.LocalSchedulerAsync()).GetJobKeys(GroupMatcher<JobKey>.AnyGroup()));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
