using System.Text.Json.Nodes;
using HealLink.FakeTelegram.Routing;

namespace HealLink.FakeTelegram;

/// <summary>A MessageEntity; offsets and lengths in UTF-16 code units, as Telegram counts them.</summary>
internal sealed record TextEntity(string Type, int Offset, int Length, string? Url = null, string? Language = null)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["offset"] = Offset, ["length"] = Length, ["type"] = Type };
        if (Url is not null)
        {
            json["url"] = Url;
        }

        if (Language is not null)
        {
            json["language"] = Language;
        }

        return json;
    }
}

/// <summary>Text as a person reads it, with its entities: what Telegram stores after parsing the markup.</summary>
internal sealed record FormattedText(string Text, IReadOnlyList<TextEntity> Entities)
{
    public const int MaxMessageLength = 4096;
    public const int MaxCaptionLength = 1024;

    private const string Whitespace = " \t\r\n";

    /// <summary>Parses text by its parse_mode; throws Telegram's 400 for markup it cannot parse.</summary>
    public static FormattedText Parse(string text, string? parseMode) => parseMode switch
    {
        null or "" => new FormattedText(text, []),
        _ when parseMode.Equals("HTML", StringComparison.OrdinalIgnoreCase) => TelegramHtml.Parse(text),
        _ when parseMode.StartsWith("Markdown", StringComparison.OrdinalIgnoreCase) =>
            throw TelegramError.BadRequest("the fake Telegram server parses only parse_mode HTML"),
        _ => throw TelegramError.BadRequest($"unsupported parse_mode \"{parseMode}\""),
    };

    /// <summary>A message text: trimmed as Telegram trims it, then 1–4096 UTF-16 code units.</summary>
    public static FormattedText MessageText(string? text, string? parseMode)
    {
        var parsed = Parse(text ?? "", parseMode).Trimmed();
        return parsed.Text.Length switch
        {
            0 => throw TelegramError.BadRequest("message text is empty"),
            > MaxMessageLength => throw TelegramError.BadRequest("message is too long"),
            _ => parsed,
        };
    }

    /// <summary>A caption: trimmed, at most 1024 UTF-16 code units, possibly empty.</summary>
    public static FormattedText Caption(string? caption, string? parseMode)
    {
        var parsed = Parse(caption ?? "", parseMode).Trimmed();
        return parsed.Text.Length > MaxCaptionLength ? throw TelegramError.BadRequest("message caption is too long") : parsed;
    }

    public bool SameAs(FormattedText other) => Text == other.Text && Entities.SequenceEqual(other.Entities);

    public JsonArray EntitiesJson() => [.. Entities.Select(e => (JsonNode)e.ToJson())];

    /// <summary>Drops surrounding whitespace, shifting and clipping entities to what is left.</summary>
    private FormattedText Trimmed()
    {
        var start = Text.Length - Text.AsSpan().TrimStart(Whitespace).Length;
        var kept = Text.AsSpan().Trim(Whitespace).ToString();
        if (kept.Length == Text.Length)
        {
            return this;
        }

        var entities = Entities
            .Select(e => (Entity: e, From: Math.Max(0, e.Offset - start), To: Math.Min(kept.Length, e.Offset + e.Length - start)))
            .Where(e => e.To > e.From)
            .Select(e => e.Entity with { Offset = e.From, Length = e.To - e.From })
            .ToList();
        return new FormattedText(kept, entities);
    }
}
