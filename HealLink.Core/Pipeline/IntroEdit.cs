using HealLink.Core.People;

namespace HealLink.Core.Pipeline;

/// <summary>A profile's intro before a message is handled, to tell afterwards whether the message saved a new one.</summary>
internal readonly record struct IntroEdit(string? Intro, bool Finished)
{
    public static IntroEdit Before(Profile profile) => new(profile.Intro, profile.CompletedAt is not null);

    /// <summary>The profile is finished with an intro, and it was not before or its intro changed.</summary>
    public bool SavedNow(Profile after) =>
        after.CompletedAt is not null
        && after.Intro is not null
        && (!Finished || !string.Equals(Intro, after.Intro, StringComparison.Ordinal));
}
