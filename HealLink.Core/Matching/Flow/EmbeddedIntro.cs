namespace HealLink.Core.Matching.Flow;

/// <summary>A person's intro vector, with the hash of the exact text it was made from.</summary>
internal sealed record EmbeddedIntro(long PersonId, string TextHash, float[] Vector);
