namespace HealLink.Core.Messaging;

/// <summary>
/// Where a person's file can be fetched on the platform it was sent on: Telegram's file_id, Discord's attachment
/// address. Only the platform's own channel knows how to read <paramref name="Reference"/>.
/// </summary>
public sealed record MediaFile(string Reference, string FileName, string? ContentType, long? Size);
