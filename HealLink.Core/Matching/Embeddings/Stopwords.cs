using System.Collections.Frozen;

namespace HealLink.Core.Matching.Embeddings;

/// <summary>
/// Very common English function words, down-weighted by <see cref="HashedNGramEmbedder"/> as a stand-in for IDF:
/// with no corpus to learn document frequencies from, "the" and "is" would otherwise count as much as "kidney".
/// Written as <see cref="TextNormaliser"/> leaves them (apostrophes joined: "dont", "im").
/// </summary>
internal static class Stopwords
{
    private static readonly FrozenSet<string> _words = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "and", "or", "but", "if", "so", "as", "than", "then", "too", "very", "just",
        "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "about", "over", "up", "out", "off",
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "you", "your", "yours",
        "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs",
        "this", "that", "these", "those", "there", "here", "what", "which", "who", "whom", "whose",
        "am", "is", "are", "was", "were", "be", "been", "being", "im", "ive", "id", "ill", "youre", "thats", "theres",
        "do", "does", "did", "doing", "have", "has", "had", "having", "will", "would", "shall", "should",
        "can", "could", "may", "might", "must",
        "not", "no", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "cant", "wont",
        "all", "any", "some", "each", "such", "own", "same", "other", "also", "only",
        "when", "where", "why", "how", "while", "because", "until", "again", "once",
    ]);

    public static bool Contains(string word) => _words.Contains(word);
}
