using HealLink.Core.Connections;

namespace HealLink.Core.Coordination;

/// <summary>Which connections a coordinator lists: in one state, of one person, or all; newest first.</summary>
public sealed record ConnectionQuery(ConnectionState? State = null, long? PersonId = null, int Page = 1);
