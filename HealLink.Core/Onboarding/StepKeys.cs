namespace HealLink.Core.Onboarding;

/// <summary>
/// The keys stored in <c>ConversationState.StepKey</c>. Persisted, so renaming one strands people mid-question;
/// add new keys instead. At most 32 characters (the column's length).
/// </summary>
public static class StepKeys
{
    public const string Consent = "consent";
    public const string Role = "role";
    public const string Name = "name";
    public const string Procedure = "procedure";
    public const string Stage = "stage";
    public const string AgeRange = "age";
    public const string Gender = "gender";
    public const string GenderPreference = "gender-preference";
    public const string Languages = "languages";
    public const string Hospital = "hospital";
    public const string Interests = "interests";
    public const string Intro = "intro";
    public const string HelpTopics = "help-topics";
    public const string Capacity = "capacity";
    public const string Availability = "availability";
    public const string Summary = "summary";

    /// <summary>The /edit menu: which answer to change. Not part of either table.</summary>
    public const string EditMenu = "edit";
}
