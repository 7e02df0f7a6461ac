using System.ComponentModel.DataAnnotations;

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

    /// <summary>Scaled by the share of the mentor's capacity still free: a light hand towards spreading the load.</summary>
    [Range(0, 1)]
    public double FreeCapacityBonus { get; set; } = 0.05;

    /// <summary>Stories at least this similar are called out as having a lot in common.</summary>
    [Range(0, 1)]
    public double SimilarStoriesThreshold { get; set; } = 0.5;

    [Range(1, 10)]
    public int MentorsShown { get; set; } = 3;
}
