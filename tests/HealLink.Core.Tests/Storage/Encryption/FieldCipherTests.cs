using HealLink.Core.Storage.Encryption;

namespace HealLink.Core.Tests.Storage.Encryption;

public sealed class FieldCipherTests
{
    private static readonly EncryptionKey _key = EncryptionKey.Generate();

    [Fact]
    public void Encrypt_AnyText_DecryptsToItAndNamesTheKey()
    {
        const string text = "Mi riñón nuevo 🫘 and a line\nbreak";

        var sut = FieldCipher.Encrypt(text, _key);

        Assert.StartsWith($"enc:v1:{_key.Id}:", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("riñón", sut, StringComparison.Ordinal);
        Assert.Equal(text, FieldCipher.Decrypt(sut, _key));
    }

    [Fact]
    public void Encrypt_SameTextTwice_GivesDifferentValues()
    {
        var sut = FieldCipher.Encrypt("same", _key);

        Assert.NotEqual(sut, FieldCipher.Encrypt("same", _key));
    }

    [Fact]
    public void Decrypt_AnotherKeyOfTheSameId_Fails()
    {
        var stored = FieldCipher.Encrypt("secret", _key);
        var impostor = new EncryptionKey(_key.Id, EncryptionKey.Generate().Material);

        var sut = FieldCipher.Decrypt(stored, impostor);

        Assert.Null(sut);
    }

    [Fact]
    public void Decrypt_ValueChangedByOneCharacter_Fails()
    {
        var stored = FieldCipher.Encrypt("secret words", _key);
        var payloadStart = stored.LastIndexOf(':') + 1;
        var flipped = stored[..payloadStart] + (stored[payloadStart] == 'A' ? 'B' : 'A') + stored[(payloadStart + 1)..];

        var sut = FieldCipher.Decrypt(flipped, _key);

        Assert.Null(sut);
    }

    [Fact]
    public void Decrypt_HeaderMovedToAnotherKeyId_Fails()
    {
        var other = EncryptionKey.Generate();
        var stored = FieldCipher.Encrypt("secret", _key);
        var relabelled = stored.Replace(_key.Id, other.Id, StringComparison.Ordinal);

        var sut = FieldCipher.Decrypt(relabelled, new EncryptionKey(other.Id, _key.Material));

        Assert.Null(sut);
    }
}
