using HealLink.Core.People;

namespace HealLink.Core.Matching.Demo;

/// <summary>A fictional mentor for trying HealLink out; every one is labelled "(demo)" wherever their name shows.</summary>
/// <param name="Kind">Caregiver mentors supported someone through <paramref name="Procedure"/>.</param>
internal sealed record DemoMentor(
    string Name,
    string Procedure,
    Stage Stage,
    Gender Gender,
    AgeRange Age,
    string[] Languages,
    string[] Interests,
    string[] Topics,
    string Intro,
    string? Hospital = null,
    RoleKind Kind = RoleKind.Patient);
