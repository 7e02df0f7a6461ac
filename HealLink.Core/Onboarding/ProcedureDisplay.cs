namespace HealLink.Core.Onboarding;

/// <summary>The procedure as we show it: one line, single spaces, sentence case ("KIDNEY  transplant." → "Kidney transplant").</summary>
internal static class ProcedureDisplay
{
    public static string Tidy(string procedure)
    {
        var oneLine = FreeText.ToSingleLine(procedure).TrimEnd('.', ' ');

        // Shouting is lowered, but a lone acronym ("CABG", "ACL") keeps its capitals.
        var isShouted = oneLine.Contains(' ', StringComparison.Ordinal) && !oneLine.Any(char.IsLower);
        return FreeText.UpperFirst(isShouted ? oneLine.ToLowerInvariant() : oneLine);
    }
}
