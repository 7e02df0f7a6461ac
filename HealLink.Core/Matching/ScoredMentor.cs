namespace HealLink.Core.Matching;

/// <summary>A mentor as offered: their score and, in order of weight, the reasons a person can read.</summary>
public sealed record ScoredMentor(MentorForMatching Mentor, float Similarity, double Score, IReadOnlyList<string> Reasons)
{
    /// <summary>How the mentor's procedure stands to the mentee's, as the score read it (the embedder's step included).</summary>
    public Kinship Kinship { get; init; }
}
