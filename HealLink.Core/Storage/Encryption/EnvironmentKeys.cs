using HealLink.Core.Hosting;

namespace HealLink.Core.Storage.Encryption;

/// <summary>Keys given in <c>HEALLINK_ENCRYPTION_KEY</c>: base64, 32 bytes each, comma-separated, the current first.</summary>
internal static class EnvironmentKeys
{
    public static KeyRing Parse(string value)
    {
        var keys = new List<EncryptionKey>();
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            keys.Add(EncryptionKey.FromMaterial(Decode(part)));
        }

        if (keys.Count == 0)
        {
            throw new StartupException($"{EncryptionOptions.KeyVariable} is set but holds no key.");
        }

        return new KeyRing(keys, keys[0].Id);
    }

    /// <summary>Whether the variable's value can be used; says why not, never repeating the value.</summary>
    public static string? Problem(string value)
    {
        try
        {
            Parse(value);
            return null;
        }
        catch (Exception exception) when (exception is StartupException or ArgumentException)
        {
            return exception.Message;
        }
    }

    private static byte[] Decode(string part)
    {
        var bytes = new byte[EncryptionKey.Bytes + 1];
        return Convert.TryFromBase64String(part, bytes, out var written) && written == EncryptionKey.Bytes
            ? bytes[..written]
            : throw new StartupException(
                $"{EncryptionOptions.KeyVariable} must hold base64 keys of {EncryptionKey.Bytes} bytes (e.g. from `openssl rand -base64 32`), comma-separated.");
    }
}
