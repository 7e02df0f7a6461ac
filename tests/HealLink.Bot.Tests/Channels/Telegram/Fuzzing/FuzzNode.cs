using System.Globalization;
using System.Text;

namespace HealLink.Bot.Tests.Channels.Telegram.Fuzzing;

/// <summary>
/// A JSON value being generated, kept as a tree so fields can be dropped or swapped before it becomes text. The
/// text is written here by hand because serializers refuse what fuzzing needs: lone surrogates (written as
/// <c>\ud800</c>), and numbers beyond <see cref="long"/>.
/// </summary>
internal abstract record FuzzNode
{
    public static FuzzNode Null { get; } = new Leaf("null");

    public static FuzzNode Of(long number) => new Leaf(number.ToString(CultureInfo.InvariantCulture));

    public static FuzzNode Of(bool value) => new Leaf(value ? "true" : "false");

    public static FuzzNode Of(string text) => new Text(text);

    /// <summary>Whether a string anywhere in the value holds a surrogate without its pair.</summary>
    public abstract bool HasLoneSurrogate { get; }

    /// <summary>How many levels of objects and arrays a reader must enter, counting this value's own.</summary>
    public virtual int Depth => 0;

    public string ToJson()
    {
        var json = new StringBuilder();
        WriteTo(json);
        return json.ToString();
    }

    public abstract void WriteTo(StringBuilder json);

    /// <summary>A number, true, false or null, already written as JSON.</summary>
    public sealed record Leaf(string Json) : FuzzNode
    {
        public override bool HasLoneSurrogate => false;

        public override void WriteTo(StringBuilder json) => json.Append(Json);
    }

    /// <summary>A string, any .NET string: control characters and unpaired surrogates are written as escapes.</summary>
    public sealed record Text(string Value) : FuzzNode
    {
        public override bool HasLoneSurrogate => Value.Select((c, i) => char.IsSurrogate(c) && !IsPaired(Value, i)).Any(lone => lone);

        public override void WriteTo(StringBuilder json) => WriteString(json, Value);
    }

    public sealed record Fields(List<(string Name, FuzzNode Value)> Members) : FuzzNode
    {
        public override int Depth => 1 + Members.Select(m => m.Value.Depth).DefaultIfEmpty(0).Max();

        public override bool HasLoneSurrogate => Members.Any(m => new Text(m.Name).HasLoneSurrogate || m.Value.HasLoneSurrogate);

        public override void WriteTo(StringBuilder json)
        {
            json.Append('{');
            for (var i = 0; i < Members.Count; i++)
            {
                json.Append(i == 0 ? "" : ",");
                WriteString(json, Members[i].Name);
                json.Append(':');
                Members[i].Value.WriteTo(json);
            }

            json.Append('}');
        }
    }

    public sealed record Items(List<FuzzNode> Values) : FuzzNode
    {
        public override int Depth => 1 + Values.Select(v => v.Depth).DefaultIfEmpty(0).Max();

        public override bool HasLoneSurrogate => Values.Any(v => v.HasLoneSurrogate);

        public override void WriteTo(StringBuilder json)
        {
            json.Append('[');
            for (var i = 0; i < Values.Count; i++)
            {
                json.Append(i == 0 ? "" : ",");
                Values[i].WriteTo(json);
            }

            json.Append(']');
        }
    }

    private static void WriteString(StringBuilder json, string value)
    {
        json.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '"' or '\\')
            {
                json.Append('\\').Append(c);
            }
            else if (c < ' ' || (char.IsSurrogate(c) && !IsPaired(value, i)))
            {
                json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                json.Append(c);
            }
        }

        json.Append('"');
    }

    private static bool IsPaired(string s, int i) =>
        char.IsHighSurrogate(s[i]) ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) : i > 0 && char.IsHighSurrogate(s[i - 1]);
}
