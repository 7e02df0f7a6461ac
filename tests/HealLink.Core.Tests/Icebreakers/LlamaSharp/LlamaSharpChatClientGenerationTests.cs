using HealLink.Core.Icebreakers.LlamaSharp;
using Microsoft.Extensions.AI;

namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

/// <summary>Generation through <see cref="LlamaSharpChatClient"/> with stories260K, a real (tiny) llama.</summary>
public sealed class LlamaSharpChatClientGenerationTests
{
    [Fact]
    public async Task GetResponseAsync_SameSeedTwice_SameTokensAndText()
    {
        using var sut = TestModels.Client(TestModels.Stories);

        var first = await sut.GetResponseAsync(StoryPrompt.Messages);
        var second = await sut.GetResponseAsync(StoryPrompt.Messages);

        var firstTokens = Assert.IsType<GenerationResult>(first.RawRepresentation).Tokens;
        Assert.Equal(40, firstTokens.Count);
        Assert.Equal(firstTokens, Assert.IsType<GenerationResult>(second.RawRepresentation).Tokens);
        Assert.Equal(first.Text, second.Text);
        Assert.Contains(' ', first.Text);
        Assert.Equal(40, first.Usage?.OutputTokenCount);
        Assert.Equal(ChatFinishReason.Length, first.FinishReason);
    }

    [Fact]
    public async Task GetResponseAsync_SameSeedAcrossReload_SameTokens()
    {
        using var sut = TestModels.Client(TestModels.Stories);
        var before = await sut.GenerateAsync(StoryPrompt.Messages, null, CancellationToken.None);

        Assert.True(await sut.UnloadAsync(CancellationToken.None));
        var after = await sut.GenerateAsync(StoryPrompt.Messages, null, CancellationToken.None);

        Assert.Equal(before.Tokens, after.Tokens);
        Assert.Equal(before.Text, after.Text);
        Assert.Equal((2, 1), (sut.State.Loads, sut.State.Unloads));
    }

    [Fact]
    public async Task GetResponseAsync_SeedInChatOptions_WinsOverConfiguredSeed()
    {
        using var sut = TestModels.Client(TestModels.Stories);

        var configured = await sut.GenerateAsync(StoryPrompt.Messages, null, CancellationToken.None);
        var other = await sut.GenerateAsync(StoryPrompt.Messages, new ChatOptions { Seed = 7 }, CancellationToken.None);
        var otherAgain = await sut.GenerateAsync(StoryPrompt.Messages, new ChatOptions { Seed = 7 }, CancellationToken.None);

        Assert.NotEqual(configured.Tokens, other.Tokens);
        Assert.Equal(other.Tokens, otherAgain.Tokens);
    }

    [Fact]
    public async Task GetResponseAsync_MaxOutputTokensInChatOptions_StopsThere()
    {
        using var sut = TestModels.Client(TestModels.Stories);

        var result = await sut.GenerateAsync(StoryPrompt.Messages, new ChatOptions { MaxOutputTokens = 5 }, CancellationToken.None);

        Assert.Equal(5, result.Tokens.Count);
        Assert.True(result.ReachedTokenLimit);
    }

    [Fact]
    public async Task GetResponseAsync_StopSequence_CutsTheTextBeforeIt()
    {
        using var sut = TestModels.Client(TestModels.Stories, o => o.MaxOutputTokens = 200);
        var full = await sut.GenerateAsync(StoryPrompt.Messages, null, CancellationToken.None);
        var stop = full.Text.Contains('.', StringComparison.Ordinal) ? "." : " ";

        var result = await sut.GenerateAsync(StoryPrompt.Messages, new ChatOptions { StopSequences = [stop] }, CancellationToken.None);

        Assert.Equal(full.Text[..full.Text.IndexOf(stop, StringComparison.Ordinal)], result.Text);
        Assert.False(result.ReachedTokenLimit);
    }

    [Fact]
    public async Task GetResponseAsync_ModelWithoutTemplate_UsesChatMl()
    {
        using var sut = TestModels.Client(TestModels.Stories);

        var response = await sut.GetResponseAsync(StoryPrompt.Messages, new ChatOptions { Instructions = "Be kind." });

        Assert.False(sut.State.UsesModelsOwnTemplate);
        // "<|im_start|>system\nBe kind.<|im_end|>\n<|im_start|>user\nOnce upon a time<|im_end|>\n<|im_start|>assistant\n",
        // in stories260K's vocabulary (no special tokens for ChatML there: it is read as text), is well over 20 tokens.
        Assert.True(response.Usage?.InputTokenCount > 20, $"prompt tokens: {response.Usage?.InputTokenCount}");
    }

    [Fact]
    public void Threads_MoreConfiguredThanCores_CappedAtCores()
    {
        using var sut = TestModels.Client(TestModels.Stories, o => o.Threads = 256);

        Assert.Equal(Environment.ProcessorCount, sut.Threads);
    }
}
