namespace HealLink.Bot.Models;

/// <summary>
/// One file to fetch: where it is under <c>Models:BaseUrl</c>, where it goes under <c>Models:Folder</c>, and the size
/// and sha256 that prove it is the file we mean (the server is trusted for nothing else).
/// </summary>
public sealed class ModelFile
{
    /// <summary>Relative to <c>Models:BaseUrl</c>, such as <c>onnx/model.onnx</c>.</summary>
    public string RemotePath { get; set; } = "";

    /// <summary>Relative to <c>Models:Folder</c>, such as <c>all-MiniLM-L6-v2/model.onnx</c>.</summary>
    public string LocalPath { get; set; } = "";

    /// <summary>In bytes.</summary>
    public long Size { get; set; }

    /// <summary>64 hexadecimal digits, either case.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>What progress and messages call the file.</summary>
    public string Name => Path.GetFileName(LocalPath);

    /// <summary>The settings that pin its size and sha256, which a failure names so the operator knows where to look.</summary>
    internal string PinnedBy { get; init; } = $"{ModelsOptions.SectionName}:Files";
}
