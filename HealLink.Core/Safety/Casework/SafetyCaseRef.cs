namespace HealLink.Core.Safety.Casework;

/// <summary>One crisis flag or report, as coordinators' pages and the audit log name it.</summary>
public readonly record struct SafetyCaseRef(SafetyKind Kind, long Id)
{
    /// <summary>"crisis" or "report": the first word of every audit action about it.</summary>
    public string Noun => Kind == SafetyKind.Crisis ? "crisis" : "report";

    public string Action(string verb) => $"{Noun}.{verb}";

    /// <summary>The case an address names by its <see cref="Noun"/> and number; null for any other word.</summary>
    public static SafetyCaseRef? From(string? noun, long id) => noun switch
    {
        "crisis" => new SafetyCaseRef(SafetyKind.Crisis, id),
        "report" => new SafetyCaseRef(SafetyKind.Report, id),
        _ => null,
    };
}
