namespace HealLink.Bot.Models;

/// <summary>
/// Where <c>models fetch llm</c> gets the icebreakers' language model, and the size and sha256 that prove it is the
/// file meant; it goes to <c>Llm:ModelPath</c>. Section: <c>Models:Llm</c>. The default is Qwen2.5-0.5B-Instruct in
/// Q4_K_M (Apache-2.0, 491 MB): small enough for a CPU beside the bot, multilingual (Spanish included), with a chat
/// template in the file. The sha256 pins it: were the file on that address ever to change, the fetch would stop with
/// both hashes rather than place a model nobody checked.
/// </summary>
public sealed class LlmModelSource
{
    public const string SectionName = "Llm";

    public const string DefaultUrl = "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/qwen2.5-0.5b-instruct-q4_k_m.gguf";

    public const long DefaultSize = 491_400_032;

    public const string DefaultSha256 = "74a4da8c9fdbcd15bd1f6d01d621410d31c6fc00986f5eb687824e7b93d7a9db";

    public string Url { get; set; } = DefaultUrl;

    /// <summary>In bytes.</summary>
    public long Size { get; set; } = DefaultSize;

    /// <summary>64 hexadecimal digits, either case.</summary>
    public string Sha256 { get; set; } = DefaultSha256;

    /// <summary>The file to fetch, named as it will be on disk.</summary>
    internal ModelFile File(string target) => new()
    {
        RemotePath = Url,
        LocalPath = Path.GetFileName(target),
        Size = Size,
        Sha256 = Sha256,
        PinnedBy = $"{ModelsOptions.SectionName}:{SectionName}",
    };
}
