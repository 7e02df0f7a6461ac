using System.Collections.Frozen;
using System.Text;

namespace HealLink.Core.Matching.Embeddings.Tokenization;

/// <summary>A BERT vocab.txt: one token a line, the line index being the token's id.</summary>
public sealed class WordPieceVocabulary
{
    public const string PadToken = "[PAD]";
    public const string UnknownToken = "[UNK]";
    public const string ClassifierToken = "[CLS]";
    public const string SeparatorToken = "[SEP]";

    private readonly string[] _tokens;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ids;

    private WordPieceVocabulary(string[] tokens, string source)
    {
        _tokens = tokens;
        var ids = new Dictionary<string, int>(tokens.Length, StringComparer.Ordinal);
        for (var id = 0; id < tokens.Length; id++)
        {
            // A token listed twice keeps its last id, as HuggingFace's loader does.
            ids[tokens[id]] = id;
        }

        _ids = ids.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        PadId = RequireId(PadToken, source);
        UnknownId = RequireId(UnknownToken, source);
        ClassifierId = RequireId(ClassifierToken, source);
        SeparatorId = RequireId(SeparatorToken, source);
    }

    /// <summary>How many lines, so ids run from 0 to Count - 1.</summary>
    public int Count => _tokens.Length;

    public int PadId { get; }

    public int UnknownId { get; }

    public int ClassifierId { get; }

    public int SeparatorId { get; }

    public static WordPieceVocabulary Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The WordPiece vocabulary '{path}' does not exist.", path);
        }

        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <param name="source">Names the stream in error messages, e.g. its file path.</param>
    public static WordPieceVocabulary Load(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var tokens = new List<string>(32_768);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        while (reader.ReadLine() is { } line)
        {
            // Trailing whitespace is not part of a token (HuggingFace trims it too).
            tokens.Add(line.TrimEnd());
        }

        return new WordPieceVocabulary([.. tokens], source);
    }

    public bool TryGetId(ReadOnlySpan<char> token, out int id) => _ids.TryGetValue(token, out id);

    public string GetToken(int id) =>
        (uint)id < (uint)_tokens.Length
            ? _tokens[id]
            : throw new ArgumentOutOfRangeException(nameof(id), id, "No token has this id.");

    private int RequireId(string token, string source) =>
        _ids.TryGetValue(token, out var id)
            ? id
            : throw new InvalidDataException(
                $"The WordPiece vocabulary '{source}' has no {token} token, so it is not a BERT vocabulary.");
}
