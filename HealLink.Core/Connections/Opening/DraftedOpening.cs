namespace HealLink.Core.Connections.Opening;

/// <summary>The icebreakers for both sides of one connection, written before the accept's transaction began.</summary>
public sealed record DraftedOpening(long ConnectionId, string ForMentor, string ForMentee);
