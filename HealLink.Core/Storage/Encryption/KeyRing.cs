using System.Security.Cryptography;
using System.Text;

namespace HealLink.Core.Storage.Encryption;

/// <summary>The keys that can read stored values, and the one new values are written under.</summary>
public sealed class KeyRing
{
    private readonly Dictionary<string, EncryptionKey> _byId;

    public KeyRing(IReadOnlyList<EncryptionKey> keys, string currentId)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _byId = new Dictionary<string, EncryptionKey>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!_byId.TryAdd(key.Id, key))
            {
                throw new ArgumentException($"Key id '{key.Id}' appears twice.", nameof(keys));
            }
        }

        Current = _byId.GetValueOrDefault(currentId)
            ?? throw new ArgumentException($"The current key '{currentId}' is not among the keys.", nameof(currentId));
        Keys = keys;
    }

    public EncryptionKey Current { get; }

    public IReadOnlyList<EncryptionKey> Keys { get; }

    public EncryptionKey? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// SHA-256 of every key id and key, in id order: tells key rings apart (a backup records it) without revealing a
    /// key.
    /// </summary>
    public string Fingerprint
    {
        get
        {
            var text = new StringBuilder();
            foreach (var key in Keys.OrderBy(k => k.Id, StringComparer.Ordinal))
            {
                text.Append(key.Id).Append(':').Append(Convert.ToBase64String(key.Material)).Append('\n');
            }

            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }
    }
}
