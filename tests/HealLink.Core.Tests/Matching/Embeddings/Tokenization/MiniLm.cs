using System.Text.Json;
using HealLink.Core.Matching.Embeddings.Tokenization;

namespace HealLink.Core.Tests.Matching.Embeddings.Tokenization;

/// <summary>all-MiniLM-L6-v2's tokenizer files from the shared folder, loaded once for all tests.</summary>
internal static class MiniLm
{
    private static readonly Lazy<WordPieceTokenizer> LazyTokenizer =
        new(() => new WordPieceTokenizer(WordPieceVocabulary.Load(VocabularyPath)));

    private static readonly Lazy<JsonDocument> LazyTokenizerJson =
        new(() => JsonDocument.Parse(File.ReadAllBytes(SharedModels.Path("all-MiniLM-L6-v2", "tokenizer.json"))));

    public static string VocabularyPath => SharedModels.Path("all-MiniLM-L6-v2", "vocab.txt");

    public static WordPieceTokenizer Tokenizer => LazyTokenizer.Value;

    public static WordPieceVocabulary Vocabulary => Tokenizer.Vocabulary;

    public static JsonElement TokenizerJson => LazyTokenizerJson.Value.RootElement;

    /// <summary>The model's truncation length as tokenizer.json sets it (128), used wherever a test needs one.</summary>
    public static int MaxLength => TokenizerJson.GetProperty("truncation").GetProperty("max_length").GetInt32();

    /// <summary>The tokens of an encoding, for readable assertions.</summary>
    public static string[] Tokens(IEnumerable<long> ids) => [.. ids.Select(id => Vocabulary.GetToken((int)id))];

    public static string[] Encode(string text) => Tokens(Tokenizer.Encode(text, MaxLength).InputIds);
}
