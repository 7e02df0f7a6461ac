namespace HealLink.Core.Matching.Flow;

/// <summary>A person's intro as it is now, with its hash; never logged.</summary>
internal sealed record IntroText(long PersonId, string Intro, string Hash)
{
    public static IntroText Of(long personId, string intro) => new(personId, intro, IntroVectors.Hash(intro));
}
