using BenchmarkDotNet.Attributes;
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
    // tokenizer.json's truncation length.
    private const int MaxLength = 128;
    private const int BatchSize = 32;

    private static readonly string[] Sentences =
    [
        "Hi, I’m Sam, 34, and I was diagnosed with type 1 diabetes about eight months ago.",
        "The first weeks were a blur of finger-pricks, carb counting and night-time lows that scared my partner more than me.",
        "I work long shifts as a nurse (ironic, I know!) so fitting injections around breaks is still tricky.",
        "What I’d love is someone who has been through the early stage and can tell me it gets easier – or how it did for them.",
        "I’m happy to chat in English or Español, mostly in the evenings after 8pm.",
        "Outside of all this I run, cook badly, and read far too many crime novels; my café order is a flat white.",
        "If you’ve dealt with anxiety around hypos, I’d really like to hear what helped you.",
        "Thanks for reading — looking forward to talking!",
    ];

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
        _intros = [.. Enumerable.Range(0, BatchSize).Select(Intro)];
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

    // Six sentences make 130 to 150 tokens, so every intro fills the 128-token window; each starts at a different
    // sentence, so the batch's rows differ.
    private static string Intro(int index) =>
        string.Join(' ', Enumerable.Range(index, 6).Select(i => Sentences[i % Sentences.Length]));
}
