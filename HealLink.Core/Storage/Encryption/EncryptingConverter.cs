using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HealLink.Core.Storage.Encryption;

/// <summary>Stores a text property encrypted (see <see cref="FieldCipher"/>); feature code only ever sees the plain text.</summary>
internal sealed class EncryptingConverter(FieldCipher cipher) : ValueConverter<string, string>(
    plaintext => cipher.Encrypt(plaintext),
    stored => cipher.Decrypt(stored))
{
    public FieldCipher Cipher => cipher;
}
