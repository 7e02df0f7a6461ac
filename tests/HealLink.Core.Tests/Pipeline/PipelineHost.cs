using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using HealLink.Core.Storage;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Pipeline;

/// <summary>
/// One run of the application's pipeline on a real database (a SQLite file, or PostgreSQL on that leg): the application's own registrations, a
/// <see cref="RecordingSender"/> as the platform. Disposing it is a process ending; a new one on the same file is a
/// restart.
/// </summary>
internal sealed class PipelineHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private PipelineHost(ServiceProvider services)
    {
        _services = services;
        Processor = services.GetRequiredService<InboundProcessor>();
        Dispatcher = services.GetRequiredService<OutboxDispatcher>();
        Contexts = services.GetRequiredService<IDbContextFactory<HealLinkDbContext>>();
    }

    public InboundProcessor Processor { get; }

    public OutboxDispatcher Dispatcher { get; }

    public IDbContextFactory<HealLinkDbContext> Contexts { get; }

    public IServiceProvider Services => _services;

    public static async Task<PipelineHost> StartAsync(
        TestDatabase file,
        IChannelSender sender,
        TimeProvider? timeProvider = null,
        Action<IServiceCollection>? configure = null,
        params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?>(file.Settings) { ["Outbox:FirstRetryDelay"] = "00:00:00.010" };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddHealLinkStorage(configuration)
            .AddMessagePipeline(configuration)
            .AddSingleton(sender);
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await provider.MigrateHealLinkDatabaseAsync();
        return new PipelineHost(provider);
    }

    public Task<DateTimeOffset?> DispatchAsync() => Dispatcher.DispatchDueAsync(CancellationToken.None);

    public async Task<T> QueryAsync<T>(Func<HealLinkDbContext, Task<T>> query)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await query(db);
    }

    public static InboundMessage Message(string userId, InboundContent content, string? updateId = null, Platform platform = Platform.Console) =>
        new(new ChatAddress(platform, userId), userId, updateId ?? Guid.NewGuid().ToString("N"), content, DateTimeOffset.UtcNow);

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
