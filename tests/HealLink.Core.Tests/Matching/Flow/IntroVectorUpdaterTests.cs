using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Flow;
using HealLink.Core.Tests.Jobs;
using HealLink.Core.Tests.Matching.Embeddings;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealLink.Core.Tests.Matching.Flow;

/// <summary>The re-embed job and the index refresh may ask at the same moment: each stale intro is still embedded once.</summary>
public sealed class IntroVectorUpdaterTests : IDisposable
{
    private readonly TestDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task TwoRunsAtOnce_SecondWaitsForTheFirst_EachIntroEmbeddedOnce()
    {
        var embedder = new FirstCallHeldEmbedder();
        await using var host = await PipelineHost.StartAsync(
            _file, new RecordingSender(), configure: services => services.Replace(ServiceDescriptor.Singleton<IEmbedder>(embedder)));
        var seeded = await MatchingPeople.SeedDemoMentorsAsync(host);
        var updater = host.Services.GetRequiredService<IntroVectorUpdater>();

        var first = updater.ReEmbedStaleAsync(null, 64, CancellationToken.None);
        await embedder.FirstCallStarted;
        var second = updater.EmbedMissingApprovedMentorsAsync(64, CancellationToken.None);

        // Without the updater's own ordering the second run embeds the same intros at once; give it the chance.
        await Task.WhenAny(embedder.SecondCallStarted, Task.Delay(TimeSpan.FromMilliseconds(300)));
        embedder.ReleaseFirstCall();
        var stored = await first + await second;

        Assert.Equal(seeded, embedder.Counted.Texts);
        Assert.Equal(seeded, stored);
    }

    /// <summary>The offline embedder, holding its first call until the test lets it go.</summary>
    private sealed class FirstCallHeldEmbedder : IEmbedder
    {
        private readonly TaskCompletionSource _firstStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _secondStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _calls;

        public CountingEmbedder Counted { get; } = new();

        public Task FirstCallStarted => _firstStarted.Task;

        public Task SecondCallStarted => _secondStarted.Task;

        public string Id => Counted.Id;

        public int Dimensions => Counted.Dimensions;

        public void ReleaseFirstCall() => _release.TrySetResult();

        public async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) == 1)
            {
                _firstStarted.TrySetResult();
                await _release.Task.WaitAsync(cancellationToken);
            }
            else
            {
                _secondStarted.TrySetResult();
            }

            return await Counted.EmbedAsync(texts, cancellationToken);
        }
    }
}
