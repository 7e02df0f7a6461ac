using HealLink.Core.Icebreakers.LlamaSharp;

namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

/// <summary>
/// The Llama-2 SentencePiece vocabulary inside llama-2-tiny-random.gguf, loaded as our client loads a model, tokenizes
/// every llama-spm test vector of llama.cpp exactly: the tokenizer our prompts go through is the reference one.
/// </summary>
public sealed class LlamaSpmTokenizerTests
{
    [Fact]
    public async Task Tokenize_LlamaSpmVectors_MatchEveryOne()
    {
        var vectors = TokenizerVectors.Read(
            SharedModels.Path("gguf-test", "ggml-vocab-llama-spm.gguf.inp"),
            SharedModels.Path("gguf-test", "ggml-vocab-llama-spm.gguf.out"));
        using var sut = await LoadedLlamaModel.LoadAsync(TestModels.TinyRandomLlama2, threads: 1, CancellationToken.None);

        var mismatches = vectors
            .Select(v => (v.Text, Expected: v.Tokens, Actual: sut.Tokenize(v.Text, addSpecial: false, parseSpecial: false)))
            .Where(v => !v.Expected.SequenceEqual(v.Actual))
            .Select(v => $"'{v.Text}': expected [{string.Join(' ', v.Expected)}], got [{string.Join(' ', v.Actual)}]")
            .ToList();

        Assert.Equal(46, vectors.Count);
        Assert.Contains(vectors, v => v.Text.Length == 0);
        Assert.Empty(mismatches);
    }
}
