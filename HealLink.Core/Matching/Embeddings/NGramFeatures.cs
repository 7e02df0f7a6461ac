namespace HealLink.Core.Matching.Embeddings;

/// <summary>How often one hashed feature occurs in a text, and how much each occurrence counts.</summary>
internal readonly record struct FeatureTally(FeatureFamily Family, float Weight, int Count);

/// <summary>Counts a text's word, word-bigram and character n-gram features, keyed by their 64-bit hash.</summary>
internal static class NGramFeatures
{
    public static Dictionary<ulong, FeatureTally> Count(IReadOnlyList<string> words, HashedNGramSettings settings)
    {
        var features = new Dictionary<ulong, FeatureTally>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var isStopword = Stopwords.Contains(word);
            var weight = isStopword ? settings.StopwordWeight : 1f;
            Add(features, FeatureHash.Add(FeatureHash.Start(FeatureFamily.Word), word), FeatureFamily.Word, weight);

            if (i > 0)
            {
                // A bigram of two stopwords ("of the") says little; one with a content word ("the kidney") says more.
                var bigramWeight = isStopword && Stopwords.Contains(words[i - 1]) ? settings.StopwordWeight : 1f;
                var bigram = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(FeatureFamily.WordBigram), words[i - 1]), ' ');
                Add(features, FeatureHash.Add(bigram, word), FeatureFamily.WordBigram, bigramWeight);
            }

            AddCharNGrams(features, word, weight, settings);
        }

        return features;
    }

    private static void AddCharNGrams(Dictionary<ulong, FeatureTally> features, string word, float weight, HashedNGramSettings settings)
    {
        var marked = $"<{word}>";
        for (var n = settings.MinCharN; n <= settings.MaxCharN && n <= marked.Length; n++)
        {
            for (var start = 0; start + n <= marked.Length; start++)
            {
                var hash = FeatureHash.Add(FeatureHash.Start(FeatureFamily.CharNGram), marked.AsSpan(start, n));
                Add(features, hash, FeatureFamily.CharNGram, weight);
            }
        }
    }

    private static void Add(Dictionary<ulong, FeatureTally> features, ulong hash, FeatureFamily family, float weight)
    {
        hash = FeatureHash.Finish(hash);
        features[hash] = features.TryGetValue(hash, out var tally)
            ? tally with { Weight = MathF.Max(tally.Weight, weight), Count = tally.Count + 1 }
            : new FeatureTally(family, weight, 1);
    }
}
