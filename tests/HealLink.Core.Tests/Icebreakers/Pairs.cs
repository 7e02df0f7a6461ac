using HealLink.Core.People;

namespace HealLink.Core.Tests.Icebreakers;

/// <summary>Two matched pairs: Ana and Sam in English, Lucía and Javier in Spanish.</summary>
internal static class Pairs
{
    public static Profile Ana(string? name = "Ana", string? procedure = "Kidney transplant", string? intro = null) => new()
    {
        PersonId = 1,
        Role = Role.Mentee,
        DisplayName = name,
        ProcedureDisplay = procedure,
        Stage = Stage.Preparing,
        Languages = ["en"],
        Interests = ["Cooking", "Music"],
        Hospital = "St Thomas' Hospital",
        Intro = intro ?? "I'm waiting for a kidney from my brother and I'm scared of the operation.",
    };

    public static Profile Sam() => new()
    {
        PersonId = 2,
        Role = Role.Mentor,
        DisplayName = "Sam",
        ProcedureDisplay = "Kidney transplant",
        Stage = Stage.OneToThreeYearsAgo,
        Languages = ["en", "es"],
        Interests = ["cooking", "Travel"],
        HelpTopics = ["surgery-prep", "mood"],
        Hospital = "Guy's Hospital",
        Intro = "Two years ago I had a transplant at Guy's.",
    };

    public static Profile Lucia() => new()
    {
        PersonId = 3,
        Role = Role.Mentee,
        DisplayName = "Lucía",
        ProcedureDisplay = "Trasplante de riñón",
        Stage = Stage.Preparing,
        Languages = ["es"],
        Interests = ["Music", "Reading"],
        Intro = "Estoy esperando un riñón y tengo miedo.",
    };

    public static Profile Javier() => new()
    {
        PersonId = 4,
        Role = Role.Mentor,
        DisplayName = "Javier",
        ProcedureDisplay = "Trasplante de riñón",
        Stage = Stage.OneToThreeYearsAgo,
        Languages = ["en", "es"],
        Interests = ["Music"],
        HelpTopics = ["surgery-prep", "family"],
    };
}
