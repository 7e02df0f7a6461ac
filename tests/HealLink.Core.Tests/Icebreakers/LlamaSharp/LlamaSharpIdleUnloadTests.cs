namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

public sealed class LlamaSharpIdleUnloadTests
{
    private static readonly TimeSpan IdleAfter = TimeSpan.FromMinutes(5);

    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task UnloadIfIdleAsync_UsedRecently_KeepsTheModel()
    {
        using var sut = TestModels.Client(TestModels.Stories, o => o.IdleUnloadAfter = IdleAfter, _clock);
        await sut.GenerateAsync(StoryPrompt.Messages, null, CancellationToken.None);
        _clock.Now += IdleAfter - TimeSpan.FromSeconds(1);

        Assert.False(await sut.UnloadIfIdleAsync(CancellationToken.None));
        Assert.True(sut.State.IsLoaded);
    }

    [Fact]
    public async Task UnloadIfIdleAsync_IdlePastTheSetting_UnloadsAndRecordsMemory()
    {
        using var sut = TestModels.Client(TestModels.Stories, o => o.IdleUnloadAfter = IdleAfter, _clock);
        await sut.GenerateAsync(StoryPrompt.Messages, null, CancellationToken.None);
        _clock.Now += IdleAfter;

        Assert.True(await sut.UnloadIfIdleAsync(CancellationToken.None));
        Assert.False(sut.State.IsLoaded);
        Assert.Equal(_clock.Now - IdleAfter, sut.State.LastUsed);
        Assert.NotNull(sut.State.ResidentBytesBeforeLoad);
        Assert.NotNull(sut.State.ResidentBytesLoaded);
        Assert.NotNull(sut.State.ResidentBytesAfterUnload);
    }

    [Fact]
    public async Task UnloadIfIdleAsync_NeverLoaded_DoesNothing()
    {
        using var sut = TestModels.Client(TestModels.Stories, o => o.IdleUnloadAfter = IdleAfter, _clock);

        Assert.False(await sut.UnloadIfIdleAsync(CancellationToken.None));
        Assert.Equal(0, sut.State.Unloads);
    }

    [Fact]
    public async Task GetResponseAsync_ArrivingDuringUnload_WaitsReloadsAndAnswersTheSame()
    {
        using var sut = TestModels.Client(TestModels.Stories, o => o.IdleUnloadAfter = IdleAfter, _clock);
        var expected = await sut.GenerateAsync(StoryPrompt.Messages, null, CancellationToken.None);

        for (var round = 0; round < 5; round++)
        {
            _clock.Now += IdleAfter;
            var unloading = Task.Run(() => sut.UnloadIfIdleAsync(CancellationToken.None));
            var request = Task.Run(() => sut.GenerateAsync(StoryPrompt.Messages, null, CancellationToken.None));

            await unloading;
            Assert.Equal(expected.Tokens, (await request).Tokens);
        }

        // Whichever won each race, every request was answered and left the model loaded: an unload that came second
        // found it just used.
        Assert.True(sut.State.IsLoaded);
        Assert.Equal(sut.State.Loads, sut.State.Unloads + 1);
    }
}
