using System.Text.RegularExpressions;
using HealLink.Core.Matching.Embeddings;

namespace HealLink.Core.Matching.Procedures;

/// <summary>
/// Tells a wording about someone else's procedure ("my dad's valve replacement", "supporting my wife through her
/// mastectomy", "mi mamá está en diálisis") from one about the person's own, which may name family too ("my sister
/// is donating", "gave a kidney to my brother").
/// </summary>
internal static partial class CarerWording
{
    private const string Relations =
        "husband|wife|partner|spouse|son|daughter|child|kid|baby|mum|mom|mother|dad|father|parent|brother|sister|"
        + "grandson|granddaughter|grandma|grandmother|grandpa|grandfather|nan|friend|boyfriend|girlfriend|fiance|fiancee|"
        + "esposo|esposa|marido|mujer|pareja|hijo|hija|mama|madre|papa|padre|hermano|hermana|abuelo|abuela|novio|novia|"
        + "amigo|amiga";

    public static bool IsAboutSomeoneElse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var words = " " + string.Join(' ', TextNormaliser.Words(text)) + " ";
        return Caring().IsMatch(words) || RelationFacingIt().IsMatch(words) || RelationsOwn().IsMatch(text);
    }

    // Caring for someone named ("supported my wife", "cuidé a mi esposo"), or being their carer; not "I was
    // supported by my family", which is the patient's own story.
    [GeneratedRegex(@" (?:(?:cared for|caring for|care for|looked after|looking after|supporting|supported|cuide a|cuido a|cuidando a|apoyando a|apoye a|acompane a) (?:(?:my|our|her|his|their|mi|mis|nuestro|nuestra) )?(?:" + Relations + @")|carer|caregiver|caretaker|cuidador|cuidadora) ", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Caring();

    // "my wife is getting", "mi mamá está": but not "my sister is donating", which is the giver, not the patient.
    [GeneratedRegex(@" (?:my|our|mi|mis|nuestro|nuestra) (?:" + Relations + @") (?:is|was|will|has|esta|estuvo|tiene|tuvo|espera|necesita|va) (?!(?:\w+ )?(?:donat|giv|dona|don[ea] ))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RelationFacingIt();

    // "my husband's kidney failure", "Partner's liver transplant" (the apostrophe is gone once normalised).
    [GeneratedRegex(@"\b(?:" + Relations + @")(?:'|’)s\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RelationsOwn();
}
