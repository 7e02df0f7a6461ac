namespace HealLink.Core.Storage.Encryption;

/// <summary>A stored value could not be decrypted. The message names the key, never the value.</summary>
public sealed class FieldDecryptionException(string message) : Exception(message);
