using System.Runtime.CompilerServices;
using System.Text;

namespace HealLink.Core.Matching.Embeddings.Tokenization;

/// <summary>
/// Reads text through <see cref="BertNormalizer"/> and hands out its words as HuggingFace's BertPreTokenizer
/// splits them: whitespace separates words and is dropped; each punctuation character is a word of its own.
/// </summary>
/// <remarks>
/// Words are written into a caller's buffer, so nothing is allocated. A word too long for the buffer is still
/// counted in full (<see cref="CurrentCodePoints"/>) but only its start is kept, which is enough for WordPiece, to
/// which a word that long is unknown anyway.
/// </remarks>
internal ref struct BertPreTokenizer
{
    private readonly ReadOnlySpan<char> _text;
    private readonly Span<char> _word;
    private int _position;
    private PendingChars _pending;
    private int _pendingStart;
    private int _pendingEnd;
    private int _length;

    public BertPreTokenizer(ReadOnlySpan<char> text, Span<char> wordBuffer)
    {
        _text = text;
        _word = wordBuffer;
    }

    /// <summary>The current word, normalised. Valid until the next <see cref="MoveNext"/>.</summary>
    public readonly ReadOnlySpan<char> Current => _word[..Math.Min(_length, _word.Length)];

    /// <summary>The current word's length in code points, which is how WordPiece measures words.</summary>
    public int CurrentCodePoints { get; private set; }

    public bool MoveNext()
    {
        _length = 0;
        CurrentCodePoints = 0;
        while (true)
        {
            Rune rune;
            int consumed;
            var fromPending = _pendingStart < _pendingEnd;
            if (fromPending)
            {
                Rune.DecodeFromUtf16(_pending[_pendingStart.._pendingEnd], out rune, out consumed);
            }
            else if (_position < _text.Length)
            {
                // ASCII, nearly all of what people write, skips the general path.
                var c = _text[_position];
                if (c >= 0x80)
                {
                    Rune.DecodeFromUtf16(_text[_position..], out var original, out var used);
                    _position += used;
                    _pendingStart = 0;
                    _pendingEnd = BertNormalizer.Normalize(original, _pending);
                    continue;
                }

                var normalized = BertNormalizer.NormalizeAscii(c);
                if (normalized == '\0')
                {
                    _position++;
                    continue;
                }

                rune = new Rune(normalized);
                consumed = 1;
            }
            else
            {
                return _length > 0;
            }

            if (BertCharacters.IsWhitespace(rune))
            {
                Consume(fromPending, consumed);
                if (_length > 0)
                {
                    return true;
                }
            }
            else if (BertCharacters.IsPunctuation(rune))
            {
                // A word before the mark ends here; the mark is left unread to become the next word.
                if (_length > 0)
                {
                    return true;
                }

                Consume(fromPending, consumed);
                Append(rune);
                return true;
            }
            else
            {
                Consume(fromPending, consumed);
                Append(rune);
            }
        }
    }

    private void Consume(bool fromPending, int consumed)
    {
        if (fromPending)
        {
            _pendingStart += consumed;
        }
        else
        {
            _position += consumed;
        }
    }

    private void Append(Rune rune)
    {
        CurrentCodePoints++;
        if (_length + rune.Utf16SequenceLength <= _word.Length)
        {
            rune.EncodeToUtf16(_word[_length..]);
        }

        _length += rune.Utf16SequenceLength;
    }

    [InlineArray(BertNormalizer.MaxOutputLength)]
    private struct PendingChars
    {
        private char _first;
    }
}
