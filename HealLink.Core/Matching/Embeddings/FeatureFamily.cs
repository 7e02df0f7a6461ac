namespace HealLink.Core.Matching.Embeddings;

/// <summary>The kinds of feature <see cref="HashedNGramEmbedder"/> counts; each has its own weight.</summary>
internal enum FeatureFamily
{
    Word = 1,
    WordBigram = 2,
    CharNGram = 3,
}
