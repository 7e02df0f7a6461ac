using HealLink.Bot.Models;

namespace HealLink.Bot.Tests.Models;

/// <summary><c>models fetch</c> run in-process through the entry Program uses, against a real local HTTP server.</summary>
public sealed class ModelsCommandTests : IAsyncLifetime
{
    private readonly TestModel _onnx = TestModel.Onnx;
    private readonly TestModel _vocabulary = TestModel.Vocabulary;
    private ServedModels _served = null!;

    public async Task InitializeAsync() => _served = await ServedModels.StartAsync(_onnx, _vocabulary);

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Fact]
    public async Task Fetch_FromALocalServer_ExitsZeroShowingProgressAndPlacesEveryFile()
    {
        var (exitCode, output, errors) = await FetchAsync();

        Assert.Equal(0, exitCode);
        Assert.Equal("", errors);
        Assert.Contains("model.onnx  [####################]  100%  0.3/0.3 MB", output, StringComparison.Ordinal);
        Assert.Contains("vocab.txt   [####################]  100%", output, StringComparison.Ordinal);
        Assert.Contains("model.onnx: downloaded, sha256 verified", output, StringComparison.Ordinal);
        Assert.EndsWith($"Model files are in place.{Environment.NewLine}", output, StringComparison.Ordinal);
        Assert.Equal(_onnx.Content, await File.ReadAllBytesAsync(_served.PathOf(_onnx)));
        Assert.Equal(_vocabulary.Content, await File.ReadAllBytesAsync(_served.PathOf(_vocabulary)));
    }

    [Fact]
    public async Task Fetch_Again_FindsTheFilesInPlaceAndDownloadsNothing()
    {
        Assert.Equal(0, (await FetchAsync()).ExitCode);

        var (exitCode, output, _) = await FetchAsync();

        Assert.Equal(0, exitCode);
        Assert.Contains("model.onnx: already in place, sha256 verified", output, StringComparison.Ordinal);
        Assert.Contains("vocab.txt: already in place, sha256 verified", output, StringComparison.Ordinal);
        Assert.Equal(2, _served.Server.Requests.Count);
    }

    [Fact]
    public async Task Fetch_ServerAnswers404_ExitsOneWithOneLineThatSaysTheOfflineEmbedderStays()
    {
        _served.Server.Fault = ServerFault.NotFound;

        var (exitCode, _, errors) = await FetchAsync();

        Assert.Equal(1, exitCode);
        var line = Assert.Single(errors.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Model files not fetched: model.onnx: ", line, StringComparison.Ordinal);
        Assert.Contains("answered 404", line, StringComparison.Ordinal);
        Assert.Contains("offline embedder", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_CorruptedFile_ExitsOneNamingTheExpectedHash()
    {
        _served.Server.Fault = ServerFault.Corrupt;

        var (exitCode, _, errors) = await FetchAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains($"expected {_onnx.Sha256}", Assert.Single(errors.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.False(File.Exists(_served.PathOf(_onnx)));
    }

    [Fact]
    public async Task Fetch_UnusableSetting_ExitsOneNamingTheKey()
    {
        var (exitCode, _, errors) = await RunAsync(["models", "fetch", "--Models:BaseUrl=not-an-address"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("Models:BaseUrl", Assert.Single(errors.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchLlm_FromALocalServer_PlacesTheModelAtLlmModelPathWithProgress()
    {
        var (exitCode, output, errors) = await FetchLlmAsync();

        Assert.Equal(0, exitCode);
        Assert.Equal("", errors);
        Assert.Contains("test-llm.gguf  [####################]  100%", output, StringComparison.Ordinal);
        Assert.Contains("test-llm.gguf: downloaded, sha256 verified", output, StringComparison.Ordinal);
        Assert.Contains("Llm:Provider=LlamaSharp", output, StringComparison.Ordinal);
        Assert.EndsWith($"The language model is in place.{Environment.NewLine}", output, StringComparison.Ordinal);
        Assert.Equal(_onnx.Content, await File.ReadAllBytesAsync(LlmPath));
        Assert.False(File.Exists(_served.PathOf(_vocabulary)), "only the language model is fetched");
    }

    [Fact]
    public async Task FetchLlm_CorruptedFile_ExitsOneSayingTheTemplateWritesIcebreakersMeanwhile()
    {
        _served.Server.Fault = ServerFault.Corrupt;

        var (exitCode, _, errors) = await FetchLlmAsync();

        Assert.Equal(1, exitCode);
        var line = Assert.Single(errors.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Language model not fetched: test-llm.gguf: ", line, StringComparison.Ordinal);
        Assert.Contains($"expected {_onnx.Sha256}: not the file Models:Llm names", line, StringComparison.Ordinal);
        Assert.Contains("from the template", line, StringComparison.Ordinal);
        Assert.False(File.Exists(LlmPath));
    }

    [Fact]
    public async Task FetchLlm_UnusableSha256_ExitsOneNamingTheKey()
    {
        var (exitCode, _, errors) = await RunAsync(["models", "fetch", "llm", "--Models:Llm:Sha256=abc"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("Models:Llm:Sha256", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("models")]
    [InlineData("models", "download")]
    [InlineData("models", "fetch", "everything")]
    public async Task Run_AnythingButFetch_PrintsUsageAndExitsOne(params string[] args)
    {
        var (exitCode, output, errors) = await RunAsync(args);

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Contains("Usage: HealLink.Bot models fetch", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "models", "fetch")]
    [InlineData(true, "models")]
    [InlineData(false)]
    [InlineData(false, "--demo")]
    [InlineData(false, "--Models:Folder=x", "models")]
    public void IsRequested_OnlyWhenTheFirstArgumentIsModels(bool expected, params string[] args)
    {
        Assert.Equal(expected, ModelsCommand.IsRequested(args));
    }

    private Task<(int ExitCode, string Output, string Errors)> FetchAsync() =>
        RunAsync(["models", "fetch", .. _served.Settings(_onnx, _vocabulary)]);

    private string LlmPath => Path.Combine(_served.Folder, "llm", "test-llm.gguf");

    /// <summary>The test's "model.onnx" bytes, served at its address, stand in for a GGUF: the fetch never reads them.</summary>
    private Task<(int ExitCode, string Output, string Errors)> FetchLlmAsync() =>
        RunAsync(
        [
            "models", "fetch", "llm",
            .. _served.Settings(_onnx, _vocabulary),
            $"--Models:Llm:Url={new Uri(_served.Server.BaseUrl, _onnx.RemotePath)}",
            $"--Models:Llm:Size={_onnx.Content.Length}",
            $"--Models:Llm:Sha256={_onnx.Sha256}",
            $"--Llm:ModelPath={LlmPath}",
        ]);

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await ModelsCommand.RunAsync(args, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }
}
