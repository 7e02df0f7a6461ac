using System.ComponentModel.DataAnnotations;

namespace HealLink.Core.Icebreakers;

/// <summary>Which language model writes icebreakers, and how (section <c>Llm</c>).</summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    /// <summary><see cref="LlmProvider.Template"/> (no model) unless configured.</summary>
    public LlmProvider Provider { get; set; } = LlmProvider.Template;

    /// <summary>
    /// LlamaSharp: the GGUF file; relative paths are relative to the working folder, like <c>Models:Folder</c>.
    /// <c>models fetch llm</c> puts the recommended model here.
    /// </summary>
    public string ModelPath { get; set; } = "models/llm/qwen2.5-0.5b-instruct-q4_k_m.gguf";

    /// <summary>OpenAiCompatible: the server's base address, e.g. <c>http://127.0.0.1:11434/v1</c> (Ollama).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>OpenAiCompatible: the model name the server knows.</summary>
    public string? Model { get; set; }

    /// <summary>OpenAiCompatible: sent as a bearer token when set; never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Off: a <see cref="BaseUrl"/> on a public AI provider's host is refused, since people's health stories must not
    /// leave the deployment. On only for a server the operator runs that happens to use such a name.
    /// </summary>
    public bool AllowRemoteProvider { get; set; }

    /// <summary>A generation taking longer is abandoned for the template.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(16, 1024)]
    public int MaxOutputTokens { get; set; } = 160;

    [Range(0.0, 2.0)]
    public float Temperature { get; set; } = 0.7f;

    /// <summary>Fixed for reproducible output (tests, evaluation); null for a fresh seed each time.</summary>
    public int? Seed { get; set; }

    /// <summary>LlamaSharp: threads for one generation; capped at the machine's cores.</summary>
    [Range(1, 256)]
    public int Threads { get; set; } = 2;

    /// <summary>LlamaSharp: the model is unloaded after this long unused (and loaded again on the next request).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan IdleUnloadAfter { get; set; } = TimeSpan.FromMinutes(5);
}

public enum LlmProvider
{
    /// <summary>Warm, varied icebreakers from both profiles, with no model; also every provider's fallback.</summary>
    Template,

    /// <summary>A GGUF model in this process, through LLamaSharp.</summary>
    LlamaSharp,

    /// <summary>Chat completions from an OpenAI-compatible server the operator runs (Ollama, llama.cpp's server, vLLM).</summary>
    OpenAiCompatible,
}
