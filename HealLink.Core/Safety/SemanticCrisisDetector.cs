using System.Collections.Immutable;
using System.Numerics.Tensors;
using HealLink.Core.Matching.Embeddings;

namespace HealLink.Core.Safety;

/// <summary>
/// Takes a message as a crisis when it means nearly what a curated crisis statement says, in words no phrase list
/// foresaw ("nobody would care if I vanished"). Only for an embedder of meaning with tuned thresholds
/// (<see cref="For"/>); the phrase lists run before it. The statements are embedded once, on first use.
/// </summary>
public sealed class SemanticCrisisDetector
{
    /// <summary>What <see cref="CrisisMatch.Language"/> says when this path fired; the phrase is the nearest statement.</summary>
    public const string Source = "semantic";

    private readonly IEmbedder _embedder;
    private readonly IReadOnlyDictionary<string, double> _thresholds;
    private readonly ImmutableArray<CuratedStatement> _crisis;
    private readonly ImmutableArray<CuratedStatement> _benign;
    private readonly Lock _gate = new();
    private Task<StatementVectors>? _vectors;

    internal SemanticCrisisDetector(
        IEmbedder embedder,
        IReadOnlyDictionary<string, double> thresholds,
        ImmutableArray<CuratedStatement> crisis,
        ImmutableArray<CuratedStatement> benign)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (crisis.IsDefaultOrEmpty || crisis.Any(statement => !thresholds.ContainsKey(statement.Language)))
        {
            throw new ArgumentException("Every crisis statement's language needs a threshold.", nameof(crisis));
        }

        _embedder = embedder;
        _thresholds = thresholds;
        _crisis = crisis;
        _benign = benign.IsDefault ? [] : benign;
    }

    /// <summary>The detector for this embedder with the curated statements, or null when it has no semantic path.</summary>
    public static SemanticCrisisDetector? For(IEmbedder embedder)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        return SemanticCrisisThresholds.For(embedder.Id) is { } thresholds
            ? new SemanticCrisisDetector(embedder, thresholds, CrisisStatements.Crisis, CrisisStatements.Benign)
            : null;
    }

    /// <summary>The nearest crisis statement when the message is taken as a crisis, or null.</summary>
    public async Task<CrisisMatch?> FindAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var comparison = (await CompareAsync([text], cancellationToken))[0];
        return comparison.IsCrisis(_thresholds)
            ? new CrisisMatch(Source, comparison.Nearest.Text) { Similarity = comparison.Similarity }
            : null;
    }

    /// <summary>
    /// How each text, without the words a benign phrase explains (<see cref="CrisisGuards"/>), compares with the
    /// statements; in one batch, so measuring a whole set stays quick.
    /// </summary>
    internal async Task<IReadOnlyList<StatementComparison>> CompareAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var statements = await VectorsAsync().WaitAsync(cancellationToken);
        var vectors = await _embedder.EmbedAsync([.. texts.Select(CrisisGuards.Unguarded)], cancellationToken);
        return [.. vectors.Select(vector => Compare(statements, vector))];
    }

    private StatementComparison Compare(StatementVectors statements, float[] vector)
    {
        var (nearest, similarity) = Nearest(statements.Crisis, vector);
        var benignSimilarity = statements.Benign.Length == 0 ? double.NegativeInfinity : Nearest(statements.Benign, vector).Similarity;
        return new StatementComparison(_crisis[nearest], similarity, benignSimilarity);
    }

    // Unit vectors: the dot product is the cosine.
    private static (int Index, double Similarity) Nearest(float[][] statements, float[] vector)
    {
        var best = (Index: -1, Similarity: double.NegativeInfinity);
        for (var i = 0; i < statements.Length; i++)
        {
            double similarity = TensorPrimitives.Dot(statements[i], vector);
            if (similarity > best.Similarity)
            {
                best = (i, similarity);
            }
        }

        return best;
    }

    // Shared by every caller, so no caller's token may cancel it (they stop waiting instead); one that failed, such as
    // a model disposed while the host stops, is tried again on the next call rather than kept.
    private Task<StatementVectors> VectorsAsync()
    {
        lock (_gate)
        {
            if (_vectors is null || _vectors.IsFaulted || _vectors.IsCanceled)
            {
                _vectors = EmbedStatementsAsync();
            }

            return _vectors;
        }
    }

    private async Task<StatementVectors> EmbedStatementsAsync()
    {
        var vectors = await _embedder.EmbedAsync([.. _crisis.Select(s => s.Text), .. _benign.Select(s => s.Text)], CancellationToken.None);
        return new StatementVectors([.. vectors.Take(_crisis.Length)], [.. vectors.Skip(_crisis.Length)]);
    }

    private sealed record StatementVectors(float[][] Crisis, float[][] Benign);
}
