using HealLink.Core.People;

namespace HealLink.Core.Onboarding;

/// <summary>Every answer of a profile, one per line, labelled as the questions label them.</summary>
internal static class ProfileSummary
{
    public static string Render(Profile profile, IEnumerable<OnboardingStep> steps) =>
        string.Join(
            '\n',
            steps
                .Where(s => s.SummaryLabel is not null)
                .Select(s => $"{s.SummaryLabel}: {s.Describe(profile) ?? s.Unanswered}"));
}
