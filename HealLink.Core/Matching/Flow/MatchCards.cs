using HealLink.Core.Languages;
using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;

namespace HealLink.Core.Matching.Flow;

/// <summary>
/// A mentor as a card: who, what they went through (or supported someone through), a line of their story, and why
/// they were chosen.
/// </summary>
internal static class MatchCards
{
    private const int ExcerptLength = 140;

    public static Reply Card(CopyTable copy, ScoredMentor match)
    {
        var profile = match.Mentor.Profile;
        var facts = new[]
        {
            profile.DisplayName,
            ProcedurePhrases.OnCard(profile, copy.Reasons),
            copy.Matching.StageSince(profile.Stage),
            profile.Languages.Count > 0 ? copy.Matching.Speaks(profile.Languages) : null,
        };
        var lines = new List<string> { string.Join(" · ", facts.Where(f => !string.IsNullOrEmpty(f))) };
        if (!string.IsNullOrWhiteSpace(profile.Intro))
        {
            lines.Add($"\"{FreeText.Shorten(FreeText.ToSingleLine(profile.Intro), ExcerptLength)}\"");
        }

        if (match.Reasons.Count > 0)
        {
            lines.Add(copy.Matching.Why(match.Reasons));
        }

        return new Reply(string.Join("\n", lines), [[copy.Matching.ConnectButton(match)]]);
    }
}
