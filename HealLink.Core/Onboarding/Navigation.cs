namespace HealLink.Core.Onboarding;

/// <summary>The buttons that move through a question rather than answer it.</summary>
internal enum Navigation
{
    Back,
    Skip,
    Done,

    /// <summary>Leave an earlier answer as it is (offered when coming back to a question already answered).</summary>
    Keep,
}
