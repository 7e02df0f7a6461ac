using System.ComponentModel.DataAnnotations;

namespace HealLink.Core.Storage.Encryption;

/// <summary>
/// Encryption at rest of what people write, bound from the <c>Encryption</c> section; <see cref="Key"/> comes from the
/// <c>HEALLINK_ENCRYPTION_KEY</c> environment variable only, so a key never sits in a committed settings file.
/// </summary>
public sealed class EncryptionOptions
{
    public const string SectionName = "Encryption";

    public const string KeyVariable = "HEALLINK_ENCRYPTION_KEY";

    /// <summary>
    /// Off only to measure what encryption costs: new values are then written in plain text (values already encrypted
    /// still read, with the key).
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The key file (several keys, one current). Unset: <c>HEALLINK_ENCRYPTION_KEY</c> when set, else a file beside the
    /// SQLite database (<c>heallink.keys.json</c> for <c>heallink.db</c>), made on first start.
    /// </summary>
    public string? KeyFile { get; set; }

    /// <summary>Base64 keys of 32 bytes, comma-separated, the current one first; from <c>HEALLINK_ENCRYPTION_KEY</c>.</summary>
    public string? Key { get; set; }

    /// <summary>Values re-encrypted in one transaction by the rotation job: the write lock is held only that long.</summary>
    [Range(1, 10_000)]
    public int RotationBatchSize { get; set; } = 200;
}
