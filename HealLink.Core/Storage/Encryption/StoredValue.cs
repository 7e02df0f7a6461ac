namespace HealLink.Core.Storage.Encryption;

/// <summary>
/// How an encrypted value is stored: <c>enc:v1:&lt;key id&gt;:&lt;base64(nonce | ciphertext | tag)&gt;</c>, so each value
/// names the key it needs. Anything else is a value written before encryption existed, read as plain text.
/// </summary>
public static class StoredValue
{
    public const string Prefix = "enc:v1:";

    public static bool IsEncrypted(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>What every value under this key starts with: its header, which is also authenticated with it.</summary>
    public static string HeaderFor(string keyId) => $"{Prefix}{keyId}:";

    /// <returns>False when <paramref name="stored"/> is not in the encrypted format.</returns>
    public static bool TryParse(string stored, out string keyId, out string payload)
    {
        keyId = payload = "";
        if (!IsEncrypted(stored))
        {
            return false;
        }

        var separator = stored.IndexOf(':', Prefix.Length);
        if (separator <= Prefix.Length)
        {
            return false;
        }

        keyId = stored[Prefix.Length..separator];
        payload = stored[(separator + 1)..];
        return true;
    }
}
