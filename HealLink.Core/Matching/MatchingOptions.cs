using System.ComponentModel.DataAnnotations;
using HealLink.Core.Matching.Embeddings.MiniLm;

namespace HealLink.Core.Matching;

/// <summary>
/// How much each signal adds to a mentor's score. Similarity of the two stories (cosine, about 0–1) carries the
/// most; the rest are small, explainable nudges. Section: <c>Matching</c>.
/// </summary>
public sealed class MatchingOptions
{
    public const string SectionName = "Matching";

    [Range(0, 10)]
    public double SimilarityWeight { get; set; } = 1.0;

    /// <summary>
    /// What is left of <see cref="SimilarityWeight"/> when the mentee's story is not English and the embedder reads
    /// English only (<see cref="EnglishOnlyEmbedders"/>): procedure, stage, help topics and interests then carry the ranking.
    /// </summary>
    [Range(0, 1)]
    public double NonEnglishSimilarityShare { get; set; } = 0.2;

    /// <summary>Embedders trained on English alone, whose similarity between two stories in another language means little.</summary>
    public HashSet<string> EnglishOnlyEmbedders { get; set; } = new(StringComparer.Ordinal) { "all-MiniLM-L6-v2" };

    [Range(0, 1)]
    public double SameProcedureBonus { get; set; } = 0.25;

    [Range(0, 1)]
    public double RelatedProcedureBonus { get; set; } = 0.10;

    /// <summary>Per shared interest, up to three.</summary>
    [Range(0, 1)]
    public double SharedInterestBonus { get; set; } = 0.03;

    /// <summary>When the mentor can help with what matters at the mentee's stage.</summary>
    [Range(0, 1)]
    public double HelpfulTopicBonus { get; set; } = 0.05;

    [Range(0, 1)]
    public double SameHospitalBonus { get; set; } = 0.05;

    /// <summary>
    /// In the same age range; half of it in the next range. The smallest signal: people often feel most at ease with
    /// someone near their age, but a story, procedure or stage in common matters more, so this only orders mentors
    /// who are otherwise about as good a fit. Never a filter.
    /// </summary>
    [Range(0, 1)]
    public double AgeNearnessBonus { get; set; } = 0.02;

    /// <summary>Scaled by the share of the mentor's capacity still free: a light hand towards spreading the load.</summary>
    [Range(0, 1)]
    public double FreeCapacityBonus { get; set; } = 0.05;

    /// <summary>
    /// Stories at least this similar are called out as having a lot in common, for an embedder not in
    /// <see cref="SimilarStoriesThresholds"/> (the offline embedder among them).
    /// </summary>
    [Range(0, 1)]
    public double SimilarStoriesThreshold { get; set; } = 0.5;

    /// <summary>
    /// The same, per embedder id: each embedder's cosines sit on a scale of their own. all-MiniLM-L6-v2's 0.61 is the
    /// cosine that best tells STS-B dev pairs people scored 3 or more from the rest (F1 0.817, precision 0.74,
    /// recall 0.92; SimilarStoriesThresholdTests reproduces it).
    /// </summary>
    public Dictionary<string, double> SimilarStoriesThresholds { get; set; } = new(StringComparer.Ordinal)
    {
        [MiniLmEmbedder.EmbedderId] = 0.61,
    };

    public double SimilarStoriesThresholdFor(string embedderId) =>
        SimilarStoriesThresholds.TryGetValue(embedderId, out var threshold) ? threshold : SimilarStoriesThreshold;

    [Range(1, 10)]
    public int MentorsShown { get; set; } = 3;
}
