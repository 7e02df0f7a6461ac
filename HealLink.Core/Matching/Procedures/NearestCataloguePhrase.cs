using System.Collections.Concurrent;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Embeddings.MiniLm;

namespace HealLink.Core.Matching.Procedures;

/// <summary>
/// The optional last step of reading a procedure: a wording no catalogue phrase occurs in ("they swapped my
/// clogged arteries for leg veins") goes to the entry of the nearest catalogue phrase by all-MiniLM-L6-v2, when
/// the two are at least <see cref="Threshold"/> alike. With any other embedder it does nothing: the offline
/// embedder compares letters, not meaning, and would only guess.
/// </summary>
public sealed class NearestCataloguePhrase(IEmbedder embedder) : IDisposable
{
    /// <summary>
    /// Tuned on the dev set's 84 wordings by the model alone (NearestCataloguePhraseThresholdTests): the lowest
    /// hundredth above every wording whose nearest phrase is of the wrong entry ("mastectomy (left side)" sits
    /// 0.817 from "partial mastectomy"). Above it the model is right on every dev wording; below it, it guesses, and
    /// a wrong procedure would outrank the right one, so the words are compared instead.
    /// </summary>
    public const float Threshold = 0.82f;

    private readonly SemaphoreSlim _embeddingPhrases = new(1, 1);
    private readonly ConcurrentDictionary<string, ProcedureEntry?> _placed = new(StringComparer.Ordinal);
    private IReadOnlyList<float[]>? _phraseVectors;

    public bool IsActive => embedder.Id == MiniLmEmbedder.EmbedderId;

    /// <summary>A reader for these wordings, with those the catalogue does not know placed by the model.</summary>
    public async Task<ProcedureReader> ReaderForAsync(IEnumerable<string?> texts, CancellationToken cancellationToken)
    {
        if (!IsActive)
        {
            return ProcedureReader.ByCatalogue();
        }

        // Remembered per wording, so each is recognised or embedded once per process, not once per ranking; null
        // where the catalogue's wordings already say (or the model could not).
        var unseen = texts.OfType<string>().Where(t => !string.IsNullOrWhiteSpace(t) && !_placed.ContainsKey(t))
            .Distinct(StringComparer.Ordinal).ToList();
        var unknown = new List<string>();
        foreach (var text in unseen)
        {
            if (ProcedureRecogniser.Recognise(text) is null)
            {
                unknown.Add(text);
            }
            else
            {
                _placed[text] = null;
            }
        }

        if (unknown.Count > 0)
        {
            foreach (var (text, nearest) in await NearestAsync(unknown, cancellationToken))
            {
                _placed[text] = nearest.Similarity >= Threshold ? nearest.Entry : null;
            }
        }

        return new ProcedureReader(_placed.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal));
    }

    /// <summary>Each text's nearest catalogue phrase and how alike they are, whatever the threshold.</summary>
    public async Task<IReadOnlyList<(string Text, (ProcedureEntry Entry, float Similarity) Nearest)>> NearestAsync(
        IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var phrases = await PhraseVectorsAsync(cancellationToken);
        var vectors = await embedder.EmbedAsync(texts, cancellationToken);
        return [.. texts.Select((text, i) => (text, Nearest(vectors[i], phrases)))];
    }

    public void Dispose() => _embeddingPhrases.Dispose();

    private static (ProcedureEntry Entry, float Similarity) Nearest(float[] vector, IReadOnlyList<float[]> phrases)
    {
        var best = (Index: 0, Similarity: float.MinValue);
        for (var i = 0; i < phrases.Count; i++)
        {
            var similarity = System.Numerics.Tensors.TensorPrimitives.Dot(vector, phrases[i]);
            if (similarity > best.Similarity)
            {
                best = (i, similarity);
            }
        }

        return (CataloguePhrases.All[best.Index].Entry, best.Similarity);
    }

    private async Task<IReadOnlyList<float[]>> PhraseVectorsAsync(CancellationToken cancellationToken)
    {
        await _embeddingPhrases.WaitAsync(cancellationToken);
        try
        {
            return _phraseVectors ??= await embedder.EmbedAsync([.. CataloguePhrases.All.Select(p => p.Text)], cancellationToken);
        }
        finally
        {
            _embeddingPhrases.Release();
        }
    }
}
