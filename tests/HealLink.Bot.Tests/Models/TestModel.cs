using System.Security.Cryptography;

namespace HealLink.Bot.Tests.Models;

/// <summary>A small stand-in for a model file: random bytes, and the settings that pin them.</summary>
internal sealed record TestModel(string RemotePath, string LocalPath, byte[] Content)
{
    public static TestModel Onnx => Create("onnx/model.onnx", "test-model/model.onnx", 300_000, seed: 1);

    public static TestModel Vocabulary => Create("vocab.txt", "test-model/vocab.txt", 40_000, seed: 2);

    public string Name => Path.GetFileName(LocalPath);

    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Content));

    /// <summary>Command-line settings for the Models section: this folder and server, these files instead of the MiniLM ones.</summary>
    public static string[] Settings(string folder, Uri baseUrl, params TestModel[] models) =>
    [
        $"--Models:Folder={folder}",
        $"--Models:BaseUrl={baseUrl}",
        .. models.SelectMany((model, i) => new[]
        {
            $"--Models:Files:{i}:RemotePath={model.RemotePath}",
            $"--Models:Files:{i}:LocalPath={model.LocalPath}",
            $"--Models:Files:{i}:Size={model.Content.Length}",
            $"--Models:Files:{i}:Sha256={model.Sha256}",
        }),
    ];

    private static TestModel Create(string remotePath, string localPath, int size, int seed)
    {
        var content = new byte[size];
#pragma warning disable CA5394 // Test bytes, not security: the same every run.
        new Random(seed).NextBytes(content);
#pragma warning restore CA5394
        return new TestModel(remotePath, localPath, content);
    }
}
