using System.Buffers;
using System.Collections.Frozen;

namespace HealLink.Core.Matching.Embeddings.Tokenization;

/// <summary>
/// BERT's tokenizer: <see cref="BertPreTokenizer"/> words split by greedy longest-match-first WordPiece, with "##"
/// marking a piece that continues a word. Safe to share between threads.
/// </summary>
/// <remarks>
/// Unlike HuggingFace's, it does not look for special tokens in the text: someone who types "[SEP]" gets the
/// pieces of what they typed, never a real separator.
/// </remarks>
public sealed class WordPieceTokenizer
{
    /// <summary>Longer words (in code points) become [UNK] whole, as tokenizer.json's max_input_chars_per_word says.</summary>
    public const int DefaultMaxInputCharsPerWord = 100;

    public const string ContinuationPrefix = "##";

    // An input char normalises to at most three code points (a Hangul syllable's jamo), each at most one token.
    private const int MaxTokensPerChar = 3;

    private readonly int _maxInputCharsPerWord;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _continuations;

    public WordPieceTokenizer(WordPieceVocabulary vocabulary, int maxInputCharsPerWord = DefaultMaxInputCharsPerWord)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInputCharsPerWord, 1);
        Vocabulary = vocabulary;
        _maxInputCharsPerWord = maxInputCharsPerWord;

        // Continuations are looked up without their prefix, so that no "##" + piece string is ever built.
        var continuations = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = 0; id < vocabulary.Count; id++)
        {
            var token = vocabulary.GetToken(id);
            if (token.StartsWith(ContinuationPrefix, StringComparison.Ordinal) && vocabulary.TryGetId(token, out var canonicalId))
            {
                continuations[token[ContinuationPrefix.Length..]] = canonicalId;
            }
        }

        _continuations = continuations.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public WordPieceVocabulary Vocabulary { get; }

    /// <summary>[CLS], the text's word pieces cut so that the whole is at most <paramref name="maxLength"/>, [SEP].</summary>
    public TokenizedText Encode(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var capacity = Capacity(text.Length, maxLength);
        var buffer = ArrayPool<long>.Shared.Rent(capacity);
        try
        {
            var length = EncodeInto(text, buffer.AsSpan(0, capacity));
            return new TokenizedText(buffer[..length]);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(buffer);
        }
    }

    /// <summary>Every text encoded as by <see cref="Encode"/>, padded to the longest of them.</summary>
    public TokenBatch EncodeBatch(IReadOnlyList<string> texts, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var longest = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(texts[i], nameof(texts));
            longest = Math.Max(longest, texts[i].Length);
        }

        var stride = Capacity(longest, maxLength);
        var buffer = ArrayPool<long>.Shared.Rent(texts.Count * stride);
        var lengths = ArrayPool<int>.Shared.Rent(texts.Count);
        try
        {
            var sequenceLength = 0;
            for (var i = 0; i < texts.Count; i++)
            {
                lengths[i] = EncodeInto(texts[i], buffer.AsSpan(i * stride, stride));
                sequenceLength = Math.Max(sequenceLength, lengths[i]);
            }

            var batch = new TokenBatch(texts.Count, sequenceLength);
            if (Vocabulary.PadId != 0)
            {
                batch.InputIds.AsSpan().Fill(Vocabulary.PadId);
            }

            for (var i = 0; i < texts.Count; i++)
            {
                buffer.AsSpan(i * stride, lengths[i]).CopyTo(batch.InputIds.AsSpan(i * sequenceLength));
                batch.AttentionMask.AsSpan(i * sequenceLength, lengths[i]).Fill(1);
            }

            return batch;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(lengths);
            ArrayPool<long>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Writes the text's word-piece ids, without [CLS] or [SEP], into <paramref name="ids"/> until it is full;
    /// returns how many. Reading stops there, so a long text costs no more than the part that fits.
    /// </summary>
    public int Tokenize(ReadOnlySpan<char> text, Span<long> ids)
    {
        // A word of up to the maximum number of code points fits in twice as many chars.
        var wordBuffer = ArrayPool<char>.Shared.Rent(2 * _maxInputCharsPerWord + 2);
        var pieces = ArrayPool<int>.Shared.Rent(_maxInputCharsPerWord);
        try
        {
            var count = 0;
            var words = new BertPreTokenizer(text, wordBuffer);
            while (count < ids.Length && words.MoveNext())
            {
                var pieceCount = words.CurrentCodePoints > _maxInputCharsPerWord ? 0 : SplitWord(words.Current, pieces);
                if (pieceCount == 0)
                {
                    ids[count++] = Vocabulary.UnknownId;
                    continue;
                }

                // A word cut by truncation keeps its first pieces, as HuggingFace's truncation does.
                for (var i = 0; i < pieceCount && count < ids.Length; i++)
                {
                    ids[count++] = pieces[i];
                }
            }

            return count;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(pieces);
            ArrayPool<char>.Shared.Return(wordBuffer);
        }
    }

    private static int Capacity(int textLength, int maxLength) => (int)Math.Min(maxLength, 2L + MaxTokensPerChar * textLength);

    private int EncodeInto(string text, Span<long> destination)
    {
        destination[0] = Vocabulary.ClassifierId;
        var length = 1 + Tokenize(text, destination[1..^1]);
        destination[length] = Vocabulary.SeparatorId;
        return length + 1;
    }

    // Greedy longest match first; 0 when some part of the word matches nothing, which makes the whole word [UNK].
    private int SplitWord(ReadOnlySpan<char> word, Span<int> pieces)
    {
        var count = 0;
        var start = 0;
        while (start < word.Length)
        {
            var end = word.Length;
            var id = -1;
            while (end > start)
            {
                var piece = word[start..end];
                if (start == 0 ? Vocabulary.TryGetId(piece, out id) : _continuations.TryGetValue(piece, out id))
                {
                    break;
                }

                id = -1;
                // Never cut a surrogate pair: pieces are whole code points.
                end -= end - start >= 2 && char.IsLowSurrogate(word[end - 1]) && char.IsHighSurrogate(word[end - 2]) ? 2 : 1;
            }

            if (id < 0)
            {
                return 0;
            }

            pieces[count++] = id;
            start = end;
        }

        return count;
    }
}
