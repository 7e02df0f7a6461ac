using HealLink.Core.Connections;
using HealLink.Core.Coordination;
using HealLink.Core.People;
using HealLink.Core.Safety;

namespace HealLink.Admin.Pages.Display;

/// <summary>The words coordinators' pages use for the states of things, instead of enum names.</summary>
public static class Labels
{
    public static string Of(FlagStatus status) => status switch
    {
        FlagStatus.New => "new",
        FlagStatus.InReview => "in review",
        _ => "resolved",
    };

    public static string Of(SafetyKind kind) => kind == SafetyKind.Crisis ? "Crisis flag" : "Report";

    public static string Of(CrisisSource source) => source switch
    {
        CrisisSource.Answer => "in an onboarding answer (not kept as the answer)",
        CrisisSource.Intro => "in their intro",
        CrisisSource.Conversation => "in a conversation",
        _ => "in a message to the bot",
    };

    public static string Of(ConnectionState state) => state switch
    {
        ConnectionState.Requested => "requested",
        ConnectionState.Active => "active",
        ConnectionState.Declined => "declined",
        ConnectionState.Withdrawn => "withdrawn",
        ConnectionState.Expired => "expired",
        _ => "ended",
    };

    public static string Of(EndReason reason) => reason switch
    {
        EndReason.Finished => "one of them ended it",
        EndReason.Blocked => "one blocked the other",
        EndReason.Suspended => "after a suspension",
        _ => "a coordinator ended it",
    };

    public static string Of(PersonStatus status) => status switch
    {
        PersonStatus.Onboarding => "still onboarding",
        PersonStatus.PendingMentor => "mentor waiting for review",
        PersonStatus.ApprovedMentor => "approved mentor",
        PersonStatus.RejectedMentor => "rejected mentor",
        PersonStatus.SuspendedMentor => "paused mentor",
        PersonStatus.Suspended => "suspended",
        _ => "unreachable",
    };

    /// <summary>Role and standing in a few words: "mentor, approved · suspended".</summary>
    public static string Standing(PersonSummary person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var role = person switch
        {
            { Onboarded: false } => "still onboarding",
            { Role: Role.Mentor } => $"mentor, {(person.Vetting ?? VettingStatus.Pending).ToString().ToLowerInvariant()}",
            _ => "mentee",
        };
        return role + (person.Suspended ? " · suspended" : "") + (person.Reachable ? "" : " · unreachable");
    }
}
