using HealLink.Core.Storage.Encryption;
using HealLink.Core.Tests.Connections.Timing;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Storage.Encryption;

/// <summary>
/// A key rotation on a database in use: the re-encryptor moves every value (and plain text from before encryption) to
/// the current key in small batches while people keep reading and writing, and the key rotates again mid-way.
/// </summary>
public sealed class KeyRotationTests : IAsyncLifetime, IDisposable
{
    private const string LegacyAvailability = "Weekday evenings, written before encryption";

    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();
    private TimingScene _scene = null!;

    private FieldCipher Cipher => _scene.Host.Services.GetRequiredService<FieldCipher>();

    private FieldReEncryptor Sut => _scene.Host.Services.GetRequiredService<FieldReEncryptor>();

    public async Task InitializeAsync()
    {
        _scene = await TimingScene.StartAsync(
            _file, _platform, services => services.Configure<EncryptionOptions>(options => options.RotationBatchSize = 3));
        await _scene.TalkingAsync();
        for (var i = 1; i <= 10; i++)
        {
            await _scene.Maria.SayAsync($"before rotation {i}");
        }

        // As a database from before encryption holds it.
        await _file.ExecuteAsync($"UPDATE profiles SET availability = '{LegacyAvailability}' WHERE role = 'Mentor'");
    }

    [Fact]
    public async Task ReEncryptAsync_KeyRotatedTwiceWhileReadingAndWriting_EveryValueEndsUnderTheNewestKey()
    {
        var first = Cipher.Keys.TryLoad()!.Current.Id;
        var second = Rotate();
        using var stopReading = new CancellationTokenSource();
        var reading = ReadUntilAsync(stopReading.Token);

        var rewrittenFirst = await Sut.ReEncryptAsync(CancellationToken.None);
        await _scene.Sam.SayAsync("written under the second key");
        var third = Rotate();
        await _scene.Maria.SayAsync("written under the third key");
        var rewrittenSecond = await Sut.ReEncryptAsync(CancellationToken.None);
        await stopReading.CancelAsync();
        var reads = await reading;

        Assert.True(reads > 0);
        Assert.True(rewrittenFirst > 10 && rewrittenSecond > 10, $"{rewrittenFirst} then {rewrittenSecond} values rewritten");
        Assert.Equal([first, second, third], new[] { first, second, third }.Distinct());
        Assert.Empty(await ValuesNotUnderAsync(third));
        Assert.Equal(0, await ReEncryptedAgainAsync());
        Assert.Equal(LegacyAvailability, await _scene.Host.QueryAsync(db => db.Profiles.Where(p => p.Availability != null).Select(p => p.Availability).SingleAsync()));
        Assert.Equal(
            [.. Enumerable.Range(1, 10).Select(i => $"before rotation {i}"), "written under the second key", "written under the third key"],
            await _scene.Host.QueryAsync(db => db.RelayedMessages.OrderBy(m => m.Id).Select(m => m.Text).ToListAsync()));
        Assert.Equal(3, await _file.ScalarAsync<long>("SELECT count(*) FROM encryption_key_checks"));
    }

    [Fact]
    public async Task ReEncryptAsync_NothingRotated_RewritesOnlyPlainTextFromBeforeEncryption()
    {
        var sut = await Sut.ReEncryptAsync(CancellationToken.None);

        Assert.Equal(1, sut);
        Assert.Empty(await ValuesNotUnderAsync(Cipher.Keys.TryLoad()!.Current.Id));
    }

    public async Task DisposeAsync() => await _scene.DisposeAsync();

    public void Dispose() => _file.Dispose();

    /// <summary>A new current key in the key file, as <c>keys rotate</c> adds it, seen by this process at once.</summary>
    private string Rotate()
    {
        var ring = KeyFile.AddCurrentKey(Cipher.Keys.File!);
        Assert.Equal(ring.Current.Id, Cipher.Keys.Reload()!.Current.Id);
        return ring.Current.Id;
    }

    private Task<int> ReEncryptedAgainAsync() => Sut.ReEncryptAsync(CancellationToken.None);

    /// <summary>Everything people see of the conversation and the profiles, read over and over: none may fail.</summary>
    private async Task<int> ReadUntilAsync(CancellationToken stop)
    {
        var reads = 0;
        while (!stop.IsCancellationRequested)
        {
            var profiles = await _scene.Host.QueryAsync(db => db.Profiles.AsNoTracking().ToListAsync());
            Assert.Contains(profiles, p => p.Intro == Scripts.MenteeIntro);
            Assert.Contains(profiles, p => p.Hospital == "St Mary's Hospital");
            var messages = await _scene.Host.QueryAsync(db => db.RelayedMessages.AsNoTracking().Select(m => m.Text).ToListAsync());
            Assert.Contains("before rotation 10", messages);
            _ = await _scene.Host.QueryAsync(db => db.OutboxMessages.AsNoTracking().Select(m => m.Text).ToListAsync());
            reads++;
            await Task.Yield();
        }

        return reads;
    }

    private Task<List<string>> ValuesNotUnderAsync(string keyId) =>
        StrayValues.NotStartingWithAsync(_scene.Host, _file, StoredValue.HeaderFor(keyId));
}
