using HealLink.Core.Matching.Embeddings;

namespace HealLink.Core.Tests.Matching.Embeddings;

/// <summary>
/// The baseline the offline embedder must beat: binary presence of each word, unweighted, over a vocabulary of
/// the texts it will embed (so nothing collides). Words are split as the offline embedder splits them, so the
/// comparison measures its weighting and n-grams, not its tokenising. A text with no known word is all zeros.
/// </summary>
internal sealed class BagOfWordsEmbedder : IEmbedder
{
    private readonly Dictionary<string, int> _vocabulary;

    public BagOfWordsEmbedder(IEnumerable<string> corpus) =>
        _vocabulary = corpus.SelectMany(TextNormaliser.Words).Distinct().Select((word, i) => (word, i))
            .ToDictionary(entry => entry.word, entry => entry.i);

    public string Id => "bag-of-words";

    public int Dimensions => _vocabulary.Count;

    public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<float[]>>([.. texts.Select(Embed)]);

    private float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        var indices = TextNormaliser.Words(text).Where(_vocabulary.ContainsKey).Select(word => _vocabulary[word]).Distinct().ToList();
        foreach (var index in indices)
        {
            vector[index] = 1 / MathF.Sqrt(indices.Count);
        }

        return vector;
    }
}
