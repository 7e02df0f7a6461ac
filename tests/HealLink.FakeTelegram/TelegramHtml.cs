using System.Collections.Frozen;
using System.Text;
using HealLink.FakeTelegram.Routing;

namespace HealLink.FakeTelegram;

/// <summary>
/// Telegram's HTML subset (parse_mode HTML): tags b strong i em u ins s strike del tg-spoiler a[href] code
/// pre blockquote[expandable] span.tg-spoiler, nested; entities &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric ones.
/// Errors read as Telegram's: <c>Bad Request: can't parse entities: Unsupported start tag "p" at byte offset 0</c>.
/// One deliberate difference: Telegram keeps a bare <c>&amp;</c> (or an unknown entity such as <c>&amp;nbsp;</c>) as
/// text, but its documentation demands they be escaped, and so does the fake, to catch a client that forgot to.
/// </summary>
internal static class TelegramHtml
{
    private static readonly FrozenSet<string> _tags = FrozenSet.Create(
        StringComparer.Ordinal,
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "tg-spoiler", "a", "code", "pre", "blockquote", "span");

    public static FormattedText Parse(string html) => new Parser(html).Run();

    private sealed class Parser(string html)
    {
        private readonly StringBuilder _text = new();
        private readonly List<TextEntity> _entities = [];
        private readonly Stack<HtmlTag> _open = new();
        private int _at;

        public FormattedText Run()
        {
            while (_at < html.Length)
            {
                switch (html[_at])
                {
                    case '&':
                        (var decoded, _at) = DecodeEntity(_at);
                        _text.Append(decoded);
                        break;
                    case '<' when _at + 1 < html.Length && html[_at + 1] == '/':
                        CloseTag();
                        break;
                    case '<':
                        OpenTag();
                        break;
                    default:
                        _text.Append(html[_at++]);
                        break;
                }
            }

            if (_open.TryPeek(out var unclosed))
            {
                throw Fail($"Can't find end tag corresponding to start tag \"{unclosed.Name}\"");
            }

            return new FormattedText(_text.ToString(), [.. _entities.OrderBy(e => e.Offset).ThenByDescending(e => e.Length)]);
        }

        private void OpenTag()
        {
            var begin = _at;
            var i = SkipWhile(begin + 1, c => !char.IsWhiteSpace(c) && c != '>');
            if (i == html.Length)
            {
                throw Fail($"Unclosed start tag at byte offset {ByteOffset(begin)}");
            }

            var name = html[(begin + 1)..i].ToLowerInvariant();
            if (!_tags.Contains(name))
            {
                throw Fail($"Unsupported start tag \"{name}\" at byte offset {ByteOffset(begin)}");
            }

            var tag = new HtmlTag(name, _text.Length);
            while (true)
            {
                i = SkipWhile(i, char.IsWhiteSpace);
                if (i == html.Length)
                {
                    throw Fail($"Unclosed start tag at byte offset {ByteOffset(begin)}");
                }

                if (html[i] == '>')
                {
                    break;
                }

                i = ReadAttribute(tag, begin, i);
            }

            _at = i + 1;
            if (name == "span" && tag.Argument != "tg-spoiler")
            {
                throw Fail($"Tag \"span\" must have class \"tg-spoiler\" at byte offset {ByteOffset(begin)}");
            }

            _open.Push(tag);
        }

        /// <summary>Reads one attribute starting at i; returns where reading stopped.</summary>
        private int ReadAttribute(HtmlTag tag, int begin, int i)
        {
            var nameStart = i;
            i = SkipWhile(i, c => !char.IsWhiteSpace(c) && c != '=' && c != '>');
            var attribute = html[nameStart..i].ToLowerInvariant();
            if (attribute.Length == 0)
            {
                throw Fail($"Empty attribute name in the tag \"{tag.Name}\" at byte offset {ByteOffset(begin)}");
            }

            i = SkipWhile(i, char.IsWhiteSpace);
            if (i == html.Length || html[i] != '=')
            {
                return tag.Name == "blockquote" && attribute == "expandable"
                    ? tag.MarkExpandable(i)
                    : throw Fail($"Expected equal sign in declaration of an attribute of the tag \"{tag.Name}\" at byte offset {ByteOffset(begin)}");
            }

            i = SkipWhile(i + 1, char.IsWhiteSpace);
            if (i == html.Length)
            {
                throw Fail($"Unclosed start tag at byte offset {ByteOffset(begin)}");
            }

            var (value, next) = html[i] is '"' or '\'' ? ReadQuoted(i) : ReadNameToken(i);
            tag.SetAttribute(attribute, value);
            return next;
        }

        private (string Value, int Next) ReadQuoted(int i)
        {
            var quote = html[i++];
            var value = new StringBuilder();
            while (i < html.Length && html[i] != quote)
            {
                if (html[i] == '&')
                {
                    (var decoded, i) = DecodeEntity(i);
                    value.Append(decoded);
                }
                else
                {
                    value.Append(html[i++]);
                }
            }

            return (value.ToString(), Math.Min(i + 1, html.Length));
        }

        private (string Value, int Next) ReadNameToken(int i)
        {
            var end = SkipWhile(i, c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');
            if (end < html.Length && !char.IsWhiteSpace(html[end]) && html[end] != '>')
            {
                throw Fail($"Unexpected end of name token at byte offset {ByteOffset(i)}");
            }

            return (html[i..end].ToLowerInvariant(), end);
        }

        private void CloseTag()
        {
            var begin = _at;
            if (!_open.TryPop(out var tag))
            {
                throw Fail($"Unexpected end tag at byte offset {ByteOffset(begin)}");
            }

            var i = SkipWhile(begin + 2, c => !char.IsWhiteSpace(c) && c != '>');
            var name = html[(begin + 2)..i];
            i = SkipWhile(i, char.IsWhiteSpace);
            if (i == html.Length || html[i] != '>')
            {
                throw Fail($"Unclosed end tag at byte offset {ByteOffset(begin)}");
            }

            if (name.Length > 0 && !name.Equals(tag.Name, StringComparison.OrdinalIgnoreCase))
            {
                throw Fail($"Unmatched end tag at byte offset {ByteOffset(begin)}, expected \"</{tag.Name}>\", found \"</{name}>\"");
            }

            _at = i + 1;
            if (_text.Length > tag.Offset && ToEntity(tag) is { } entity)
            {
                _entities.Add(entity);
            }
        }

        private TextEntity? ToEntity(HtmlTag tag)
        {
            var length = _text.Length - tag.Offset;
            return tag.Name switch
            {
                "b" or "strong" => new TextEntity("bold", tag.Offset, length),
                "i" or "em" => new TextEntity("italic", tag.Offset, length),
                "u" or "ins" => new TextEntity("underline", tag.Offset, length),
                "s" or "strike" or "del" => new TextEntity("strikethrough", tag.Offset, length),
                "tg-spoiler" or "span" => new TextEntity("spoiler", tag.Offset, length),
                "blockquote" => new TextEntity(tag.Expandable ? "expandable_blockquote" : "blockquote", tag.Offset, length),
                "pre" => new TextEntity("pre", tag.Offset, length, Language: tag.Argument),
                "a" => Link(tag.Argument ?? _text.ToString(tag.Offset, length)) is { } url
                    ? new TextEntity("text_link", tag.Offset, length, Url: url)
                    : null,
                // <pre><code class="language-x">…</code></pre> is one pre entity with a language.
                "code" when tag.Argument is not null && _open.TryPeek(out var parent) && parent.Name == "pre" =>
                    parent.SetLanguage(tag.Argument),
                "code" => new TextEntity("code", tag.Offset, length),
                _ => null,
            };
        }

        /// <summary>An a tag's URL as Telegram keeps it; an unusable one loses the link, not the message.</summary>
        private static string? Link(string url) =>
            Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "tg" or "ton"
                ? url
                : Uri.TryCreate("http://" + url, UriKind.Absolute, out var guessed) && url.Contains('.', StringComparison.Ordinal)
                    ? guessed.ToString()
                    : null;

        private (string Text, int Next) DecodeEntity(int begin)
        {
            var (text, next) = HtmlEntities.Decode(html, begin);
            return text is not null
                ? (text, next)
                : throw Fail($"Unescaped \"&\" at byte offset {ByteOffset(begin)}: only &lt; &gt; &amp; &quot; and numeric entities are allowed");
        }

        private int SkipWhile(int i, Func<char, bool> predicate)
        {
            while (i < html.Length && predicate(html[i]))
            {
                i++;
            }

            return i;
        }

        private int ByteOffset(int index) => Encoding.UTF8.GetByteCount(html.AsSpan(0, index));

        private static TelegramError Fail(string why) => TelegramError.BadRequest("can't parse entities: " + why);
    }
}
