using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Storage.Encryption;

/// <summary>
/// Encrypts one text value with AES-256-GCM under the current key, and decrypts a stored one under whichever key it
/// names. A random 96-bit nonce per value; the header (format and key id) is authenticated with it, so a value cannot
/// be passed off as under another key.
/// </summary>
public sealed class FieldCipher(KeySource keys, IOptions<EncryptionOptions> options)
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    public bool Enabled { get; } = options.Value.Enabled;

    public KeySource Keys => keys;

    /// <summary>What values under the current key start with.</summary>
    public string CurrentHeader => StoredValue.HeaderFor(keys.LoadOrCreate().Current.Id);

    public string Encrypt(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        return Enabled ? Encrypt(plaintext, keys.LoadOrCreate().Current) : plaintext;
    }

    public static string Encrypt(string plaintext, EncryptionKey key)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentNullException.ThrowIfNull(key);
        var header = StoredValue.HeaderFor(key.Id);
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var sealedValue = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = sealedValue.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Material, TagBytes);
        aes.Encrypt(nonce, plain, sealedValue.AsSpan(NonceBytes, plain.Length), sealedValue.AsSpan(NonceBytes + plain.Length), Encoding.ASCII.GetBytes(header));
        return header + Convert.ToBase64String(sealedValue);
    }

    /// <summary>The plain text of a stored value; one written before encryption existed is returned as it is.</summary>
    public string Decrypt(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!StoredValue.TryParse(stored, out var keyId, out _))
        {
            return stored;
        }

        var key = (keys.TryLoad()?.Find(keyId) ?? keys.Reload()?.Find(keyId))
            ?? throw new FieldDecryptionException($"A stored value is encrypted under key '{keyId}', which {keys.Description} does not hold.");
        return Decrypt(stored, key) ?? throw new FieldDecryptionException(
            $"A stored value under key '{keyId}' does not decrypt with the key of that id in {keys.Description}: the key is wrong or the value was damaged.");
    }

    /// <returns>Null when the value does not authenticate under <paramref name="key"/>.</returns>
    public static string? Decrypt(string stored, EncryptionKey key)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(key);
        if (!StoredValue.TryParse(stored, out var keyId, out var payload) || keyId != key.Id)
        {
            return null;
        }

        var sealedValue = new byte[payload.Length];
        if (!Convert.TryFromBase64String(payload, sealedValue, out var length) || length < NonceBytes + TagBytes)
        {
            return null;
        }

        var cipherLength = length - NonceBytes - TagBytes;
        var plain = new byte[cipherLength];
        try
        {
            using var aes = new AesGcm(key.Material, TagBytes);
            aes.Decrypt(
                sealedValue.AsSpan(0, NonceBytes),
                sealedValue.AsSpan(NonceBytes, cipherLength),
                sealedValue.AsSpan(NonceBytes + cipherLength, TagBytes),
                plain,
                Encoding.ASCII.GetBytes(StoredValue.HeaderFor(keyId)));
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }

        return Encoding.UTF8.GetString(plain);
    }
}
