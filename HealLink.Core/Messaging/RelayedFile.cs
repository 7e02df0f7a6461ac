namespace HealLink.Core.Messaging;

/// <summary>
/// For a copy that the recipient's platform cannot make itself: the file to download from <paramref name="From"/>
/// and upload again, as a <paramref name="Kind"/> (photo, voice, document…) when the platform tells kinds apart.
/// </summary>
public sealed record RelayedFile(Platform From, string Kind, string Reference, string FileName, string? ContentType);
