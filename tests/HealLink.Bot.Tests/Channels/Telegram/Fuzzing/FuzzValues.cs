using System.Globalization;

namespace HealLink.Bot.Tests.Channels.Telegram.Fuzzing;

/// <summary>
/// Random leaves and random JSON for the fuzzer: strings that have broken text handling elsewhere (lone and
/// swapped surrogates, emoji sequences, right-to-left overrides, control characters, oversized runs), numbers at
/// and beyond the edges of <see cref="long"/> and <see cref="double"/>, and values of any shape.
/// </summary>
internal sealed class FuzzValues(Random random)
{
    private static readonly string[] _pieces =
    [
        "", "hi", "/start", "/start payload", "/as 2", "/cancel", "q:1:agree", "mentor:42:connect", "buy:premium:now",
        "😀", "👩‍👩‍👧‍👦", "🏳️‍🌈", "مرحبا بك", "\u202Eevil\u202C", "שלום", "e\u0301\u0301\u0301\u0301", "\u200B\u200D\uFEFF",
        "\u0000", "\u0001\u001F\u007F", "\r\n\t", "\uFFFE\uFFFF", "<b>&amp;</b>", "'; DROP TABLE people;--", "%s%n{0}",
        "\uD800", "\uDFFF", "\uDC00\uD800", "a\uD83Dz", "null", "{}", "[]", "\\u0000", "\"",
    ];

    // Update fields that readers look for, so random objects sometimes carry a familiar name with a strange value.
    private static readonly string[] _names =
    [
        "update_id", "message", "message_id", "date", "chat", "from", "id", "type", "text", "data", "is_bot",
        "first_name", "callback_query", "entities", "offset", "length", "photo", "reply_to_message", "message_thread_id",
        "new_chat_member", "status", "", "💥", "\uD800",
    ];

    private static readonly string[] _numbers =
    [
        "0", "-0", "1", "-1", "7", "-1001234567890", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
        "-9223372036854775809", "18446744073709551616", "123456789012345678901234567890", "1.5", "-2.25", "1e3", "1E+400",
        "-1e-400", "0.000001", "4.9e-324", "1.7976931348623157e308", "2147483648", "-2147483649",
    ];

    public Random Random => random;

    public bool Chance(double probability) => random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Mostly ordinary text, sometimes an edge case, sometimes several glued together or a huge run.</summary>
    public string String()
    {
        var roll = random.Next(10);
        return roll switch
        {
            < 4 => Word(),
            < 7 => Pick(_pieces),
            < 9 => string.Concat(Enumerable.Range(0, random.Next(2, 6)).Select(_ => Pick(_pieces))),
            _ => Oversized(),
        };
    }

    /// <summary>A run longer than any Telegram text (4,096), up to 64 KiB, built from an edge-case piece.</summary>
    public string Oversized()
    {
        var piece = Chance(0.5) ? "x" : Pick(_pieces) + "x";
        var length = Pick([4096, 4097, 10_000, 65_536]);
        return string.Concat(Enumerable.Repeat(piece, (length / piece.Length) + 1))[..length];
    }

    public string Word() =>
        new([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)random.Next('a', 'z' + 1))]);

    public string Name() => Chance(0.7) ? Pick(_names) : String();

    /// <summary>A JSON number: an ordinary id, or one at or past the edges of long and double.</summary>
    public FuzzNode Number() =>
        Chance(0.5)
            ? FuzzNode.Of(random.NextInt64(-1_000_000_000_000, 1_000_000_000_000))
            : new FuzzNode.Leaf(Pick(_numbers));

    /// <summary>Any JSON value, nested no deeper than <paramref name="depth"/> more levels.</summary>
    public FuzzNode Any(int depth)
    {
        var roll = random.Next(depth > 0 ? 8 : 5);
        return roll switch
        {
            0 => FuzzNode.Null,
            1 => FuzzNode.Of(Chance(0.5)),
            2 => Number(),
            3 or 4 => FuzzNode.Of(String()),
            5 or 6 => new FuzzNode.Fields([.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => (Name(), Any(depth - 1))).DistinctBy(m => m.Item1)]),
            _ => new FuzzNode.Items([.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => Any(depth - 1))]),
        };
    }

    /// <summary>A value wrapped in <paramref name="levels"/> arrays or objects, to find the depth a reader gives up at.</summary>
    public FuzzNode Nested(int levels, FuzzNode inside)
    {
        var value = inside;
        for (var i = 0; i < levels; i++)
        {
            value = Chance(0.5) ? new FuzzNode.Items([value]) : new FuzzNode.Fields([(Name(), value)]);
        }

        return value;
    }

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
