using System.Text.RegularExpressions;

namespace HealLink.Core.Icebreakers;

/// <summary>
/// Doses and treatment instructions in English and Spanish. An icebreaker has no reason to mention either, so the
/// patterns are broad: a rejected good sentence costs only the template.
/// </summary>
internal static partial class MedicalAdvice
{
    public static bool HasDosage(string text) => Dose().IsMatch(text) || Frequency().IsMatch(text);

    public static bool HasTreatmentAdvice(string text) => Advice().IsMatch(text.Replace('’', '\''));

    [GeneratedRegex(
        @"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ug|g|ml|cc|iu|ui|units?|unidades|milligrams?|miligramos?|tablets?|pills?|capsules?|pastillas?|comprimidos?|cápsulas?|gotas|drops|puffs?)\b",
        RegexOptions.IgnoreCase,
        1000)]
    private static partial Regex Dose();

    [GeneratedRegex(
        @"\b(?:once|twice|three times|thrice|\d+ times)\s+(?:a|per|each)\s+(?:day|week)\b|\b(?:once|twice) daily\b|\bevery\s+\d+\s+hours\b"
        + @"|\b(?:una|dos|tres|\d+)\s+veces\s+al\s+d[ií]a\b|\bcada\s+\d+\s+horas\b",
        RegexOptions.IgnoreCase,
        1000)]
    private static partial Regex Frequency();

    [GeneratedRegex(
        @"\byou\s+(?:should|must|need to|have to|ought to)\s+(?:stop|start|take|increase|decrease|reduce|lower|skip|double|avoid|change)\b"
        + @"|\bstop\s+taking\b|\b(?:don't|do not|never)\s+take\b"
        + @"|\b(?:increase|decrease|reduce|lower|double|raise|change|adjust|skip)\s+(?:your|the)\s+(?:dose|dosage|medication|meds|medicine|pills)\b"
        + @"|\bdeja\s+de\s+tomar\b|\bno\s+tomes\b|\bdeber[ií]as\s+(?:dejar|tomar|empezar|aumentar|reducir)\b"
        + @"|\b(?:aumenta|reduce|baja|sube|cambia)\s+(?:la|tu)\s+(?:dosis|medicaci[oó]n|medicina)\b",
        RegexOptions.IgnoreCase,
        1000)]
    private static partial Regex Advice();
}
