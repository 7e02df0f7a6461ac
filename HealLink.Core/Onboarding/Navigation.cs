namespace HealLink.Core.Onboarding;

/// <summary>The buttons that move through a question rather than answer it.</summary>
internal enum Navigation
{
    Back,
    Skip,
    Done,

    /// <summary>Leave an earlier answer as it is (offered when coming back to a question already answered).</summary>
    Keep,

    /// <summary>Of an answer past its limit, kept as a draft: use its first part (offered only while the draft is held).</summary>
    FirstPart,

    /// <summary>Of an answer past its limit: the person will send a shorter one; the draft waits until they do.</summary>
    Shorter,
}
