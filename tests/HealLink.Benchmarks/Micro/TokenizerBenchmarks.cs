using BenchmarkDotNet.Attributes;
using HealLink.Benchmarks.Shared;
using HealLink.Core.Matching.Embeddings.Tokenization;
using HealLink.Core.Tests;

namespace HealLink.Benchmarks.Micro;

/// <summary>
/// Tokenizing intros for all-MiniLM-L6-v2: one intro of about 128 tokens, and a batch of 32 as the embedder will send
/// them; against a plain split on spaces with one dictionary lookup a word, the least any tokenizer must do.
/// </summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private const int MaxLength = SampleIntros.MaxTokens;
    private const int BatchSize = 32;

    private WordPieceTokenizer? _tokenizer;
    private Dictionary<string, int> _plainVocabulary = [];
    private string _intro = "";
    private string[] _intros = [];

    [GlobalSetup]
    public void SetUp()
    {
        var vocabulary = WordPieceVocabulary.Load(SharedModels.Path("all-MiniLM-L6-v2", "vocab.txt"));
        _tokenizer = new WordPieceTokenizer(vocabulary);
        _plainVocabulary = Enumerable.Range(0, vocabulary.Count).ToDictionary(vocabulary.GetToken, id => id);
        _intros = [.. Enumerable.Range(0, BatchSize).Select(SampleIntros.Intro)];
        _intro = _intros[0];
    }

    [Benchmark(Baseline = true, Description = "string.Split + dictionary lookup")]
    public long SplitAndLookUp()
    {
        long sum = 0;
        foreach (var word in _intro.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            sum += _plainVocabulary.TryGetValue(word, out var id) ? id : 100;
        }

        return sum;
    }

    [Benchmark(Description = "Encode (1 intro, ~128 tokens)")]
    public TokenizedText Encode() => _tokenizer!.Encode(_intro, MaxLength);

    [Benchmark(Description = "EncodeBatch (32 intros)")]
    public TokenBatch EncodeBatch() => _tokenizer!.EncodeBatch(_intros, MaxLength);
}
