using HealLink.Core.Icebreakers;
using HealLink.Core.Icebreakers.LlamaSharp;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

/// <summary>The tiny GGUF models in ../shared/models/gguf-test, and clients over them.</summary>
internal static class TestModels
{
    /// <summary>A real tiny llama (5 layers, 512-token vocabulary) that writes children's stories; no chat template.</summary>
    public static string Stories => SharedModels.Path("gguf-test", "stories260K.gguf");

    /// <summary>Random weights with the 32,000-token Llama-2 SentencePiece vocabulary.</summary>
    public static string TinyRandomLlama2 => SharedModels.Path("gguf-test", "llama-2-tiny-random.gguf");

    public static LlamaSharpChatClient Client(string modelPath, Action<LlmOptions>? configure = null, TimeProvider? timeProvider = null)
    {
        var options = new LlmOptions
        {
            Provider = LlmProvider.LlamaSharp,
            ModelPath = modelPath,
            Seed = 42,
            Temperature = 0.8f,
            MaxOutputTokens = 40,
            Threads = 2,

            // The deadline is not what these tests are about (those that are set their own); on a machine busy with
            // builds, 30 s of a tiny model's 200 tokens has run out before.
            Timeout = TimeSpan.FromMinutes(3),
        };
        configure?.Invoke(options);
        return new LlamaSharpChatClient(Options.Create(options), timeProvider ?? TimeProvider.System, NullLogger<LlamaSharpChatClient>.Instance);
    }
}
