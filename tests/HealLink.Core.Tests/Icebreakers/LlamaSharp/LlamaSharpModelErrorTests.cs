using HealLink.Core.Icebreakers.LlamaSharp;

namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

/// <summary>Unusable model files give our exception with a message that says what is wrong, never a native crash.</summary>
public sealed class LlamaSharpModelErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("heallink-llm-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task GetResponseAsync_MissingFile_SaysItIsMissing()
    {
        var path = Path.Combine(_folder, "model.gguf");
        using var sut = TestModels.Client(path);

        var exception = await Assert.ThrowsAsync<LlmModelException>(() => sut.GetResponseAsync(StoryPrompt.Messages));

        Assert.StartsWith($"The language model file {path} is missing", exception.Message, StringComparison.Ordinal);
        Assert.False(sut.State.IsLoaded);
    }

    [Fact]
    public async Task GetResponseAsync_GarbageBytes_SaysItIsNotGguf()
    {
        var path = Write("garbage.gguf", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37))]);
        using var sut = TestModels.Client(path);

        var exception = await Assert.ThrowsAsync<LlmModelException>(() => sut.GetResponseAsync(StoryPrompt.Messages));

        Assert.Contains("is not a GGUF model", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponseAsync_CutShort_SaysCorruptOrUnsupported()
    {
        var whole = await File.ReadAllBytesAsync(TestModels.Stories);
        var path = Write("half.gguf", whole[..(whole.Length / 2)]);
        using var sut = TestModels.Client(path);

        var exception = await Assert.ThrowsAsync<LlmModelException>(() => sut.GetResponseAsync(StoryPrompt.Messages));

        Assert.Contains("could not be loaded: it is cut short or corrupt", exception.Message, StringComparison.Ordinal);
        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponseAsync_UnknownGgufVersion_SaysWhichVersions()
    {
        var whole = await File.ReadAllBytesAsync(TestModels.Stories);
        whole[4] = 9;
        var path = Write("future.gguf", whole);
        using var sut = TestModels.Client(path);

        var exception = await Assert.ThrowsAsync<LlmModelException>(() => sut.GetResponseAsync(StoryPrompt.Messages));

        Assert.Contains("GGUF version 9; this build reads versions 2 to 3", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponseAsync_ArchitectureLlamaCppDoesNotKnow_SaysUnsupported()
    {
        var path = Path.Combine(_folder, "future-architecture.gguf");
        RandomLlamaGguf.Write(path, new LlamaShape(64, 1, 128, 4, 4), seed: 1, architecture: "llama9000");
        using var sut = TestModels.Client(path);

        var exception = await Assert.ThrowsAsync<LlmModelException>(() => sut.GetResponseAsync(StoryPrompt.Messages));
        var check = LlamaSharpStartupCheck.Run(new() { ModelPath = path });

        Assert.Contains("architecture is one this build's llama.cpp (815a2a5, through LLamaSharp 0.30.0) does not support", exception.Message, StringComparison.Ordinal);
        Assert.False(check.Usable);
        Assert.Contains("does not support", check.Line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponseAsync_FileFixedAfterAFailure_LoadsOnTheNextRequest()
    {
        var path = Path.Combine(_folder, "model.gguf");
        using var sut = TestModels.Client(path);
        await Assert.ThrowsAsync<LlmModelException>(() => sut.GetResponseAsync(StoryPrompt.Messages));

        File.Copy(TestModels.Stories, path);
        var response = await sut.GetResponseAsync(StoryPrompt.Messages);

        Assert.NotEmpty(response.Text);
    }

    [Fact]
    public void Run_MissingFile_OneLineSayingSo()
    {
        var result = LlamaSharpStartupCheck.Run(new() { ModelPath = Path.Combine(_folder, "model.gguf") });

        Assert.False(result.Usable);
        Assert.StartsWith("Icebreakers: The language model file", result.Line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Line);
    }

    [Fact]
    public void Run_CutShortFile_NotUsable()
    {
        var whole = File.ReadAllBytes(TestModels.Stories);
        var path = Write("tiny.gguf", whole[..64]);

        var result = LlamaSharpStartupCheck.Run(new() { ModelPath = path });

        Assert.False(result.Usable);
        Assert.Contains(path, result.Line, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_GoodModel_Usable()
    {
        var result = LlamaSharpStartupCheck.Run(new() { ModelPath = TestModels.Stories });

        Assert.True(result.Usable, result.Line);
        Assert.Contains("loads on first use", result.Line, StringComparison.Ordinal);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
