namespace HealLink.Core.Messaging;

/// <summary>Where a message goes: a chat on a platform and, where the platform has them, a thread inside it.</summary>
public sealed record ChatAddress(Platform Platform, string ChatId, string? ThreadId = null);
