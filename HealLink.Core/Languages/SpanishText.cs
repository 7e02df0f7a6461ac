namespace HealLink.Core.Languages;

/// <summary>Small pieces of Spanish grammar the copy tables share.</summary>
internal static class SpanishText
{
    /// <summary>"Ana", "Ana y Luis", "Ana, Luis e Inés".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + And(items[^1]) + items[^1],
    };

    // "y" becomes "e" before an "i" sound (Inés, Hilda), but not before "hie"/"hia", where the "i" is a consonant sound.
    private static string And(string next)
    {
        var upper = next.ToUpperInvariant();
        var iSound = upper.StartsWith('I') || upper.StartsWith('Í')
            || (upper.StartsWith("HI", StringComparison.Ordinal)
                && !upper.StartsWith("HIE", StringComparison.Ordinal)
                && !upper.StartsWith("HIA", StringComparison.Ordinal));
        return iSound ? " e " : " y ";
    }
}
