using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Connections.Timing;

/// <summary>The base of the timing tests: each test starts from a fresh <see cref="TimingScene"/> on a file of its own.</summary>
public abstract class TimingSceneTests : IAsyncLifetime, IDisposable
{
    private TimingScene? _scene;

    internal TestDatabase File { get; } = new();

    internal RecordingSender Platform { get; } = new();

    internal TimingScene Scene => _scene!;

    public virtual async Task InitializeAsync() => _scene = await TimingScene.StartAsync(File, Platform, Configure);

    public virtual async Task DisposeAsync() => await Scene.DisposeAsync();

    public void Dispose()
    {
        File.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Changes the application's registrations before the host starts; nothing by default.</summary>
    protected virtual void Configure(IServiceCollection services)
    {
    }
}
