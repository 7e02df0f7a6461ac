using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Icebreakers;

/// <summary>
/// What one person shares with their match: first name, procedure as displayed, and where they are; for a caregiver
/// (<paramref name="Kind"/>), the procedure and stage are the person's they support.
/// </summary>
internal sealed record PersonShare(Role Role, string? FirstName, string? Procedure, Stage? Stage, string? StageLabel, RoleKind Kind = RoleKind.Patient)
{
    private static readonly IReadOnlyList<ChoiceOption> _stages =
        [.. AboutYouSteps.MenteeStage().Options, .. AboutYouSteps.MentorStage().Options];

    public static PersonShare Of(Profile profile)
    {
        var stage = profile.Stage is { } known ? _stages.FirstOrDefault(o => o.Key == EnumKey.Of(known))?.Label : null;
        return new PersonShare(
            profile.Role ?? Role.Mentee,
            Blank(profile.DisplayName),
            Blank(profile.ProcedureDisplay ?? profile.ProcedureText),
            profile.Stage,
            stage,
            profile.RoleKind);
    }

    public IEnumerable<string> Texts() =>
        new[] { FirstName, Procedure, StageLabel }.OfType<string>();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
