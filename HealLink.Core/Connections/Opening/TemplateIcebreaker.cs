using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Connections.Opening;

/// <summary>
/// A warm, specific opening from both profiles without a model: a question suited to where the mentee is, and what
/// the two have in common. Deterministic, so the same pair always reads the same words.
/// </summary>
public sealed class TemplateIcebreaker : IIcebreakerGenerator
{
    public ValueTask<string> WriteAsync(Profile reader, Profile other, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(other);
        var mentee = reader.Role == Role.Mentor ? other : reader;
        var mentor = reader.Role == Role.Mentor ? reader : other;
        var question = reader.Role == Role.Mentor ? ForMentor(mentee) : ForMentee(mentor, mentee.Stage);
        var shared = reader.Interests.Intersect(other.Interests, StringComparer.OrdinalIgnoreCase).Take(2).ToList();
        var common = shared.Count == 0
            ? ""
            : $" You both mentioned {string.Join(" and ", shared.Select(FreeText.LowerFirst))} — an easy place to start, too.";
        return ValueTask.FromResult(question + common);
    }

    private static string ForMentee(Profile mentor, Stage? menteeStage)
    {
        var name = mentor.DisplayName ?? "them";
        var procedure = ProcedureOf(mentor);
        return menteeStage switch
        {
            Stage.Preparing => $"you could ask {name} what they wish they'd known before {procedure}.",
            Stage.InHospital => $"you could ask {name} what helped them get through the days in hospital.",
            Stage.RecoveringFirstMonths => $"you could ask {name} what the first weeks of recovery were like for them, and what helped.",
            _ => $"you could ask {name} how life settled after {procedure}, and what surprised them.",
        };
    }

    private static string ForMentor(Profile mentee)
    {
        var name = mentee.DisplayName ?? "them";
        var where = mentee.Stage switch
        {
            Stage.Preparing => "what's on their mind as the day gets closer",
            Stage.InHospital => "how the days in hospital are going",
            Stage.RecoveringFirstMonths => "how the first weeks of recovery are going",
            _ => "how things are going these days",
        };
        return $"share a few lines about your own {ProcedureOf(mentee, possessive: false)} journey, then ask {name} {where}.";
    }

    private static string ProcedureOf(Profile profile, bool possessive = true)
    {
        var procedure = FreeText.LowerFirst(profile.ProcedureDisplay ?? profile.ProcedureText);
        if (string.IsNullOrWhiteSpace(procedure))
        {
            return possessive ? "their procedure" : "";
        }

        return possessive ? "their " + procedure : procedure;
    }
}
