namespace HealLink.Core.Storage.Encryption;

/// <summary>
/// A known text encrypted under one key, kept in the database: at start-up a key that does not decrypt it is the wrong
/// key for this database, found before anything is read or written with it. One row per key ever made current.
/// </summary>
public sealed class KeyCheck
{
    /// <summary>What every check value decrypts to.</summary>
    public const string KnownText = "HealLink key check";

    public required string KeyId { get; set; }

    public required string Value { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
