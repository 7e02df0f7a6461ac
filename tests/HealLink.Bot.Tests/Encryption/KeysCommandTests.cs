using HealLink.Bot.Encryption;
using HealLink.Core.Storage.Encryption;
using HealLink.Core.Tests.Storage;

namespace HealLink.Bot.Tests.Encryption;

/// <summary><c>keys rotate</c> and <c>keys show</c> on a real database's key file, as an operator runs them.</summary>
public sealed class KeysCommandTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Rotate_KeyFileBesideTheDatabase_AddsANewCurrentKeyAndKeepsTheOldOne()
    {
        var keyFile = await EncryptedDatabase.CreateAsync(_database);
        var before = KeyFile.Read(keyFile);
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var sut = await KeysCommand.RunAsync(["keys", "rotate", .. _database.Arguments], output, errors);

        var after = KeyFile.Read(keyFile);
        Assert.Equal(0, sut);
        Assert.Equal([after.Current.Id, before.Current.Id], after.Keys.Select(k => k.Id));
        Assert.NotEqual(before.Current.Id, after.Current.Id);
        Assert.Contains($"Key {after.Current.Id} added to {keyFile}", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(after.Current.Material), output.ToString(), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }
    }

    [Fact]
    public async Task Rotate_KeysInTheEnvironmentVariable_RefusedWithOneLineSayingWhatToDo()
    {
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var sut = await KeysCommand.RunAsync(["keys", "rotate", .. _database.Arguments, $"--HEALLINK_ENCRYPTION_KEY={key}"], output, errors);

        Assert.Equal(1, sut);
        Assert.StartsWith("The keys come from HEALLINK_ENCRYPTION_KEY", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(key, errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_AfterFirstStart_NamesTheFileTheCurrentKeyAndTheFingerprint()
    {
        var ring = KeyFile.Read(await EncryptedDatabase.CreateAsync(_database));
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var sut = await KeysCommand.RunAsync(["keys", "show", .. _database.Arguments], output, errors);

        Assert.Equal(0, sut);
        Assert.Contains($"current {ring.Current.Id}; fingerprint {ring.Fingerprint}", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
