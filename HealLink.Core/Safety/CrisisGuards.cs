namespace HealLink.Core.Safety;

/// <summary>
/// A message without the words the benign phrases explain, for the semantic path. An embedding hears "morirme" in
/// "no quiero morirme, quiero ver crecer a mis nietos" more than the "no" before it, and lands near "quiero morirme";
/// the lists already know the phrase is benign, so the semantic path compares what is left ("quiero ver crecer a mis
/// nietos"). A crisis said beside a guard stays in what is left, as it does for the lists.
/// </summary>
internal static class CrisisGuards
{
    /// <summary>
    /// The text itself when no benign phrase is in it (the usual case, so the model sees it as written); otherwise its
    /// folded words outside the benign phrases, or the text itself if nothing else is left.
    /// </summary>
    public static string Unguarded(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = CrisisText.Words(text);
        var guarded = CrisisDetector.Guarded(words);
        if (guarded is null)
        {
            return text;
        }

        var left = string.Join(' ', words.Where((_, i) => !guarded[i]));
        return left.Length == 0 ? text : left;
    }
}
