using HealLink.Core.Matching.Embeddings;

namespace HealLink.Core.Safety;

/// <summary>
/// The words the crisis lists are matched against: lower case, accents and apostrophes dropped ("No quiero vivir
/// más", "don’t" → "no quiero vivir mas", "dont"), so people typing fast on a phone match the lists as written.
/// </summary>
internal static class CrisisText
{
    // The same folding as the embedders' word splitting, so a phrase and a message can never be folded apart.
    public static List<string> Words(string text) => TextNormaliser.Words(text);
}
