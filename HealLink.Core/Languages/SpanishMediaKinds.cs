using System.Collections.Frozen;

namespace HealLink.Core.Languages;

/// <summary>
/// The kinds of file or message a platform reports ("photo", "voice", "video_note": Telegram's field names, which the
/// English copy shows as they are) as Spanish nouns, whose article depends on their gender.
/// </summary>
internal static class SpanishMediaKinds
{
    private sealed record Noun(string Word, bool Feminine);

    private static readonly FrozenDictionary<string, Noun> _nouns = new Dictionary<string, Noun>
    {
        ["photo"] = new("foto", Feminine: true),
        ["sticker"] = new("sticker", Feminine: false),
        ["voice"] = new("nota de voz", Feminine: true),
        ["video_note"] = new("videomensaje", Feminine: false),
        ["video"] = new("video", Feminine: false),
        ["audio"] = new("audio", Feminine: false),
        ["document"] = new("documento", Feminine: false),
        ["animation"] = new("GIF", Feminine: false),
        ["location"] = new("ubicación", Feminine: true),
        ["contact"] = new("contacto", Feminine: false),
        ["poll"] = new("encuesta", Feminine: true),
        ["dice"] = new("dado", Feminine: false),
        ["venue"] = new("lugar", Feminine: false),
        ["story"] = new("historia", Feminine: true),
        ["message"] = new("mensaje", Feminine: false),
        ["file"] = new("archivo", Feminine: false),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // A kind a platform adds later is still something sent, not worth an English word in a Spanish sentence.
    private static readonly Noun _unknown = new("archivo", Feminine: false);

    /// <summary>"una foto", "un video".</summary>
    public static string WithA(string kind)
    {
        var noun = NounOf(kind);
        return (noun.Feminine ? "una " : "un ") + noun.Word;
    }

    /// <summary>"esta foto", "este video".</summary>
    public static string WithThis(string kind)
    {
        var noun = NounOf(kind);
        return (noun.Feminine ? "esta " : "este ") + noun.Word;
    }

    private static Noun NounOf(string kind) => _nouns.GetValueOrDefault(kind, _unknown);
}
