using System.Security.Cryptography;

namespace HealLink.Core.Storage.Encryption;

/// <summary>One 256-bit AES key and the id every value encrypted under it carries.</summary>
public sealed class EncryptionKey
{
    public const int Bytes = 32;

    public EncryptionKey(string id, byte[] material)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(material);
        if (material.Length != Bytes)
        {
            throw new ArgumentException($"An encryption key is {Bytes} bytes, not {material.Length}.", nameof(material));
        }

        if (id.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("A key id cannot contain ':' (it separates the parts of a stored value).", nameof(id));
        }

        Id = id;
        Material = material;
    }

    public string Id { get; }

    public byte[] Material { get; }

    public static EncryptionKey Generate() => FromMaterial(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>
    /// A key whose id is drawn from its own bytes (a hash, which reveals nothing of them): the same key has the same id in
    /// a file and in the environment variable.
    /// </summary>
    public static EncryptionKey FromMaterial(byte[] material) =>
        new(Convert.ToHexStringLower(SHA256.HashData(material))[..8], material);
}
