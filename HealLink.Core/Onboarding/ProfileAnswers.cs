using HealLink.Core.People;

namespace HealLink.Core.Onboarding;

/// <summary>
/// Every answer of a profile labelled as the bot's questions label them, for coordinators' pages: the same words
/// the person saw in their own /profile.
/// </summary>
public static class ProfileAnswers
{
    private static readonly OnboardingFlow _flow = new();

    public static IReadOnlyList<ProfileAnswer> Of(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return [.. _flow.Sequence(profile.Role)
            .Where(step => step.SummaryLabel is not null)
            .Select(step => new ProfileAnswer(step.SummaryLabel!, step.Describe(profile) ?? step.Unanswered))];
    }
}

public sealed record ProfileAnswer(string Label, string Value);
