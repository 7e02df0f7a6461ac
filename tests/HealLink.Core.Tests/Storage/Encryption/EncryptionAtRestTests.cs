using HealLink.Core.Storage.Encryption;
using HealLink.Core.Tests.Connections.Timing;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Storage.Encryption;

/// <summary>
/// People onboarded and talking through the real pipeline on a real SQLite file: what they wrote is ciphertext in the
/// database file and its write-ahead log, and reads back as they wrote it. With encryption off the same scan finds the
/// words, so the scan can fail.
/// </summary>
public sealed class EncryptionAtRestTests : IDisposable
{
    private const string Relayed = "Did the second week hurt less? Asking for 7731 reasons";
    private const string Hospital = "St Mary's Hospital";

    // Distinctive parts of the two intros, so a match is the intro and nothing else.
    private const string MenteeIntroPart = "dialysis three times a week";
    private const string MentorIntroPart = "four years ago after two years of dialysis";

    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();

    [Fact]
    [Trait("Database", "Sqlite")]
    public async Task PipelineAndRelay_WordsPeopleWrote_AreCiphertextInTheFileAndItsWal()
    {
        await using var scene = await TalkingSceneAsync(encrypted: true);

        foreach (var words in new[] { Relayed, Hospital, MenteeIntroPart, MentorIntroPart })
        {
            Assert.Empty(await RawDatabaseFile.FilesHoldingAsync(_file.FilePath, words));
        }

        Assert.NotEmpty(await RawDatabaseFile.FilesHoldingAsync(_file.FilePath, StoredValue.Prefix));
        Assert.StartsWith(StoredValue.Prefix, await _file.ScalarAsync<string>("SELECT text FROM relayed_messages"), StringComparison.Ordinal);
        Assert.StartsWith(StoredValue.Prefix, await _file.ScalarAsync<string>("SELECT hospital FROM profiles WHERE hospital IS NOT NULL"), StringComparison.Ordinal);
        Assert.Equal(Relayed, await scene.Host.QueryAsync(db => db.RelayedMessages.Select(m => m.Text).SingleAsync()));
        Assert.Equal(Hospital, await scene.Host.QueryAsync(db => db.Profiles.Where(p => p.Hospital != null).Select(p => p.Hospital).SingleAsync()));
        Assert.Equal(
            [Scripts.MentorIntro, Scripts.MenteeIntro],
            await scene.Host.QueryAsync(db => db.Profiles.OrderBy(p => p.PersonId).Select(p => p.Intro).ToListAsync()));
    }

    [Fact]
    [Trait("Database", "Sqlite")]
    public async Task PipelineAndRelay_EncryptionOff_TheSameScanFindsTheWords()
    {
        await using var scene = await TalkingSceneAsync(encrypted: false);

        foreach (var words in new[] { Relayed, Hospital, MenteeIntroPart, MentorIntroPart })
        {
            Assert.NotEmpty(await RawDatabaseFile.FilesHoldingAsync(_file.FilePath, words));
        }
    }

    [Fact]
    public async Task PipelineAndRelay_EveryEncryptedColumnWritten_HoldsOnlyCiphertext()
    {
        await using var scene = await TalkingSceneAsync(encrypted: true);

        var plain = await StrayValues.NotStartingWithAsync(scene.Host, _file, StoredValue.Prefix);
        var columns = await scene.Host.QueryAsync(db => Task.FromResult(EncryptedColumns.In(db.Model)));

        Assert.Empty(plain);
        Assert.Contains(("relayed_messages", "text"), columns);
        Assert.Contains(("outbox_messages", "text"), columns);
        Assert.Contains(("profiles", "hospital"), columns);
    }

    public void Dispose() => _file.Dispose();

    /// <summary>Sam (a mentor at <see cref="Hospital"/>) and Maria onboarded by chat, connected, and one message relayed.</summary>
    private async Task<TimingScene> TalkingSceneAsync(bool encrypted)
    {
        var scene = await TimingScene.StartAsync(
            _file, _platform, services => services.Configure<EncryptionOptions>(options => options.Enabled = encrypted));
        await scene.TalkingAsync();
        await scene.Maria.SayAsync(Relayed);
        Assert.Equal($"Maria: {Relayed}", scene.Sam.Last.Text);
        return scene;
    }
}
