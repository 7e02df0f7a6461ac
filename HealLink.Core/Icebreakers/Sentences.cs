using System.Text.RegularExpressions;

namespace HealLink.Core.Icebreakers;

/// <summary>Counts sentences the way a reader would: runs of text ending in ., !, ? or … (the last may lack one).</summary>
internal static partial class Sentences
{
    public static int Count(string text) =>
        Ends().Split(text).Count(part => part.Any(char.IsLetter));

    [GeneratedRegex(@"[.!?…]+(?=[\s""”»)]|$)", RegexOptions.None, 1000)]
    private static partial Regex Ends();
}
