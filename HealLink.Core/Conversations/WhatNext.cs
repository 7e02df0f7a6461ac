using HealLink.Core.Languages;
using HealLink.Core.Messaging;
using HealLink.Core.People;

namespace HealLink.Core.Conversations;

/// <summary>What someone with a finished profile can do now, for when no question is open.</summary>
internal static class WhatNext
{
    /// <param name="lead">A line to open with, such as a greeting.</param>
    public static Reply For(CopyTable copy, Profile profile, string? lead) => For(copy, profile, lead, []);

    /// <param name="connections">Their open connections: someone in a conversation is reminded they can just type.</param>
    public static Reply For(CopyTable copy, Profile profile, string? lead, IReadOnlyList<Connections.ConnectionSummary> connections)
    {
        var prefix = lead is null ? "" : lead + "\n";
        var talking = connections.Where(c => c.IsActive).Select(c => c.OtherName).ToList();
        if (talking.Count > 0)
        {
            return new(prefix + copy.Connections.TalkingReminder(talking));
        }

        if (profile.Role == Role.Mentee)
        {
            return new(prefix + copy.Conversation.ReadyToMatch, [[copy.Conversation.FindMatchButton]]);
        }

        return new(prefix + profile.VettingStatus switch
        {
            VettingStatus.Approved => copy.Conversation.MentorApproved,
            VettingStatus.Rejected or VettingStatus.Suspended => copy.Conversation.MentorInactive,
            _ => copy.Conversation.MentorPending,
        });
    }
}
