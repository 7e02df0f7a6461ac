using Microsoft.Extensions.AI;

namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

/// <summary>The writer's models are ones llama.cpp accepts and runs, in every form the tests and the benchmark use.</summary>
public sealed class RandomLlamaGgufTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("heallink-llm-writer-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Write_Q40WithGroupedQueryAttentionAndPaddedVocabulary_LoadsAndGeneratesTheSameTwice()
    {
        var path = Path.Combine(_folder.FullName, "q4.gguf");
        RandomLlamaGguf.Write(path, new LlamaShape(128, 2, 256, 8, 2, Vocabulary: 4096, Quantized: true), seed: 3);
        using var sut = TestModels.Client(path, o => o.MaxOutputTokens = 12);

        var first = await sut.GenerateAsync(StoryPrompt.Messages, new ChatOptions(), CancellationToken.None);
        var second = await sut.GenerateAsync(StoryPrompt.Messages, new ChatOptions(), CancellationToken.None);

        Assert.NotEmpty(first.Tokens);
        Assert.Equal(first.Tokens, second.Tokens);
        Assert.True(first.PromptTime > TimeSpan.Zero && first.GenerationTime > TimeSpan.Zero);
    }
}
