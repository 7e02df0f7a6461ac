using HealLink.Core.Pipeline.Pacing;
using HealLink.Core.Tests.Connections.Timing;
using HealLink.Core.Tests.Storage;

namespace HealLink.Core.Tests.Pipeline.Pacing;

/// <summary>
/// Someone who floods their conversation, through the real pipeline with a clock that stands still: the first twenty
/// messages in ten seconds reach the other person at once, the rest at an even pace after them, all in order, and the
/// sender is told once.
/// </summary>
public sealed class FloodTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();
    private TimingScene _scene = null!;

    public async Task InitializeAsync()
    {
        _scene = await TimingScene.StartAsync(_file, _platform);
        await _scene.TalkingAsync();

        // Maria's request counted toward her pace too (it reached Sam); a quiet window later it no longer does.
        _scene.Advance(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Relay_TwentyFiveAtOnce_TwentyPassOnNow_TheRestAtAnEvenPace_InOrder_OneNotice()
    {
        var samBefore = _scene.Sam.Received.Count;
        var mariaBefore = _scene.Maria.Received.Count;

        for (var i = 1; i <= 25; i++)
        {
            await _scene.Maria.SayAsync($"message {i}");
        }

        Assert.Equal(20, RelayedToSam(samBefore).Count);
        Assert.Equal([PacingCopy.English.Slowed], _scene.Maria.Received.Skip(mariaBefore).Select(m => m.Text));
        _scene.Advance(TimeSpan.FromSeconds(1));
        await _scene.Host.DispatchAsync();
        Assert.Equal(22, RelayedToSam(samBefore).Count);
        _scene.Advance(TimeSpan.FromSeconds(2));
        await _scene.Host.DispatchAsync();
        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"Maria: message {i}"), RelayedToSam(samBefore));
    }

    [Fact]
    public async Task Relay_TwoASecond_NeverSlowedNorTold()
    {
        var samBefore = _scene.Sam.Received.Count;
        var mariaBefore = _scene.Maria.Received.Count;

        for (var i = 1; i <= 40; i++)
        {
            await _scene.Maria.SayAsync($"message {i}");
            _scene.Advance(TimeSpan.FromSeconds(0.5));
        }

        Assert.Equal(40, RelayedToSam(samBefore).Count);
        Assert.Empty(_scene.Maria.Received.Skip(mariaBefore));
    }

    [Fact]
    public void Onboarding_EveryAnswerInOneInstant_NeverCountsNorTold()
    {
        // The scene's clock stood still while both chatted their way in, one answer after another.
        Assert.True(_scene.Sam.Received.Count > 20);
        Assert.DoesNotContain(_scene.Sam.Received, m => m.Text == PacingCopy.English.Slowed);
        Assert.DoesNotContain(_scene.Maria.Received, m => m.Text == PacingCopy.English.Slowed);
    }

    private List<string> RelayedToSam(int before) =>
        [.. _scene.Sam.Received.Skip(before).Select(m => m.Text).Where(t => t.StartsWith("Maria: ", StringComparison.Ordinal))];

    public async Task DisposeAsync() => await _scene.DisposeAsync();

    public void Dispose() => _file.Dispose();
}
