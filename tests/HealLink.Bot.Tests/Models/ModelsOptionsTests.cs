using HealLink.Bot.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Tests.Models;

public sealed class ModelsOptionsTests
{
    private readonly ModelsOptionsValidator _sut = new();

    [Fact]
    public void Bind_NothingConfigured_FetchesTheMiniLmFilesTheEmbedderLoads()
    {
        var options = Bind();

        Assert.False(options.FetchOnStart);
        Assert.Equal(
            [Path.Combine("models", "all-MiniLM-L6-v2", "model.onnx"), Path.Combine("models", "all-MiniLM-L6-v2", "vocab.txt")],
            options.Files.Select(options.PathOf));
        Assert.Equal(options.MiniLmModelPath, options.PathOf(options.Files[0]));
        Assert.Equal(options.MiniLmVocabularyPath, options.PathOf(options.Files[1]));
        Assert.Equal(
            "https://huggingface.co/Xenova/all-MiniLM-L6-v2/resolve/main/onnx/model.onnx",
            options.UrlOf(options.Files[0]).ToString());
        Assert.Equal([90_387_606, 231_508], options.Files.Select(f => f.Size));
        Assert.True(_sut.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Bind_FilesConfigured_ReplaceTheDefaultsRatherThanJoinThem()
    {
        var options = Bind(
            "--Models:Files:0:RemotePath=a.bin",
            "--Models:Files:0:LocalPath=a/a.bin",
            "--Models:Files:0:Size=3",
            $"--Models:Files:0:Sha256={new string('a', 64)}");

        var file = Assert.Single(options.Files);
        Assert.Equal("a/a.bin", file.LocalPath);
    }

    [Fact]
    public void UrlOf_BaseUrlWithoutTrailingSlash_StillKeepsItsLastSegment()
    {
        var options = new ModelsOptions { BaseUrl = "https://mirror.example.org/minilm" };

        Assert.Equal("https://mirror.example.org/minilm/vocab.txt", options.UrlOf(new ModelFile { RemotePath = "vocab.txt" }).ToString());
    }

    [Theory]
    [InlineData("--Models:BaseUrl=ftp://example.org/", "Models:BaseUrl")]
    [InlineData("--Models:Folder= ", "Models:Folder")]
    [InlineData("--Models:StallTimeout=00:00:00", "Models:StallTimeout")]
    [InlineData("--Models:Files:0:Sha256=abc", "Models:Files:0:Sha256")]
    [InlineData("--Models:Files:0:Size=0", "Models:Files:0:Size")]
    [InlineData("--Models:Files:0:LocalPath=../elsewhere/model.onnx", "Models:Files:0:LocalPath")]
    [InlineData("--Models:Files:0:LocalPath=/etc/model.onnx", "Models:Files:0:LocalPath")]
    [InlineData("--Models:Files:0:RemotePath=https://example.org/model.onnx", "Models:Files:0:RemotePath")]
    public void Validate_UnusableSetting_NamesTheKey(string setting, string key)
    {
        string[] file = ["--Models:Files:0:RemotePath=m.onnx", "--Models:Files:0:LocalPath=m/m.onnx", "--Models:Files:0:Size=1", $"--Models:Files:0:Sha256={new string('0', 64)}"];

        var failure = Assert.Throws<OptionsValidationException>(() => Bind([.. file, setting]));

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TwoFilesToOnePlace_Fails()
    {
        var options = Bind();
        options.Files[1].LocalPath = options.Files[0].LocalPath;

        Assert.Contains("more than one file", _sut.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    private static ModelsOptions Bind(params string[] args)
    {
        using var host = ModelsTestHost.Build(args);
        return host.Services.GetRequiredService<IOptions<ModelsOptions>>().Value;
    }
}
