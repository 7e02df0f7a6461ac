namespace HealLink.Core.Storage.Backups;

/// <summary>
/// The encryption keys a backup needs, in its manifest: the ids of the keys its values are under, and the fingerprint
/// of the key ring that took it (a hash: never a key). Restoring needs a key ring holding every one of those ids.
/// </summary>
public sealed record BackupKeys(string? Fingerprint, IReadOnlyList<string> KeyIds);
