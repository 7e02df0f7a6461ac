using HealLink.Bot.Tests.Channels.Telegram;
using HealLink.Core.Icebreakers;
using HealLink.Core.Icebreakers.LlamaSharp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

[Collection(RunsAlone.Name)]
public sealed class NativeLlamaLogTests
{
    [Fact]
    public async Task GetResponseAsync_CutShortFile_LlamaCppsErrorReachesOurLog()
    {
        var path = Path.Combine(Path.GetTempPath(), $"heallink-half-{Guid.NewGuid():N}.gguf");
        var whole = await File.ReadAllBytesAsync(TestModels.Stories);
        await File.WriteAllBytesAsync(path, whole[..(whole.Length / 2)]);
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        using var sut = new LlamaSharpChatClient(
            Options.Create(new LlmOptions { ModelPath = path }), TimeProvider.System, factory.CreateLogger<LlamaSharpChatClient>());

        try
        {
            await Assert.ThrowsAsync<LlmModelException>(() => sut.GetResponseAsync(StoryPrompt.Messages));
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Contains(logs.Lines, l => l.StartsWith("Error ", StringComparison.Ordinal) && l.Contains("llama.cpp: ", StringComparison.Ordinal) && l.Contains("not within the file bounds", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("llama.cpp: .", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetResponseAsync_Loading_LlamaCppsInformationAtDebugOnly()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        using var sut = new LlamaSharpChatClient(
            Options.Create(new LlmOptions { ModelPath = TestModels.Stories, MaxOutputTokens = 16 }), TimeProvider.System, factory.CreateLogger<LlamaSharpChatClient>());

        await sut.GetResponseAsync(StoryPrompt.Messages);

        Assert.Contains(logs.Lines, l => l.StartsWith("Debug ", StringComparison.Ordinal) && l.Contains("llama.cpp: ", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.StartsWith("Information ", StringComparison.Ordinal) && l.Contains("llama.cpp: ", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.StartsWith("Information ", StringComparison.Ordinal) && l.Contains("Language model", StringComparison.Ordinal) && l.Contains("loaded in", StringComparison.Ordinal));
    }
}
