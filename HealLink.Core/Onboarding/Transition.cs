namespace HealLink.Core.Onboarding;

/// <summary>What choosing an option does after its answer is saved.</summary>
internal enum Transition
{
    /// <summary>Go to the next question (or, while editing, back to the summary).</summary>
    Next,

    /// <summary>Record consent, then go to the next question.</summary>
    GiveConsent,

    /// <summary>Say goodbye and keep nothing.</summary>
    Decline,

    /// <summary>Finish onboarding.</summary>
    Confirm,

    /// <summary>Show the list of answers that can be changed.</summary>
    OpenEditMenu,

    /// <summary>Ask again the question whose key is the chosen option's key.</summary>
    EditAnswer,
}
