using HealLink.Core.Pipeline;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HealLink.Benchmarks.Shared;

/// <summary>
/// The application's own pipeline registrations on a fresh SQLite file, with a <see cref="BenchmarkSender"/> as the
/// platform. Nothing is tuned for the benchmark: the outbox runs with its production defaults.
/// </summary>
internal sealed class BenchmarkPipeline : IAsyncDisposable
{
    private readonly BenchmarkDatabase _database;

    private BenchmarkPipeline(BenchmarkDatabase database)
    {
        _database = database;
        var services = database.Services;
        Sender = services.GetRequiredService<BenchmarkSender>();
        Processor = services.GetRequiredService<InboundProcessor>();
        Dispatcher = services.GetRequiredService<OutboxDispatcher>();
        Signal = services.GetRequiredService<OutboxSignal>();
        Outbox = services.GetRequiredService<IOptions<OutboxOptions>>().Value;
    }

    public BenchmarkSender Sender { get; }

    public InboundProcessor Processor { get; }

    public OutboxDispatcher Dispatcher { get; }

    public OutboxSignal Signal { get; }

    public OutboxOptions Outbox { get; }

    public IDbContextFactory<HealLinkDbContext> Contexts => _database.Contexts;

    public static Task<BenchmarkPipeline> StartAsync(CancellationToken cancellationToken) => StartAsync(encrypted: true, cancellationToken);

    /// <param name="encrypted">Off only to measure what encryption at rest costs (the encryption command).</param>
    public static async Task<BenchmarkPipeline> StartAsync(bool encrypted, CancellationToken cancellationToken)
    {
        // Load drivers send as fast as the pipeline takes them: a person's pace (20 messages in 10 s) would measure
        // the deliberate slowing of a flood, not the pipeline.
        var settings = new Dictionary<string, string?>
        {
            ["Pacing:MessagesPerWindow"] = "10000",
            ["Encryption:Enabled"] = encrypted ? "true" : "false",
        };
        var database = await BenchmarkDatabase.StartAsync(
            settings,
            (services, configuration) => services
                .AddMessagePipeline(configuration)
                .AddSingleton<BenchmarkSender>()
                .AddSingleton<IChannelSender>(provider => provider.GetRequiredService<BenchmarkSender>()),
            cancellationToken);
        return new BenchmarkPipeline(database);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
