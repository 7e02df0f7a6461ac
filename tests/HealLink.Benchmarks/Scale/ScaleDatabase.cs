using System.Globalization;
using HealLink.Benchmarks.Shared;
using HealLink.Bot.Tests.Reliability;
using HealLink.Core.Messaging;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Benchmarks.Scale;

/// <summary>
/// One run's database, fresh: a SQLite file in a folder of its own, or a PostgreSQL database of its own on the
/// server; migrated and seeded by the application's own storage code (the conversations already open, as the relay
/// benchmark and the reliability tests seed them), with the key every bot process is given.
/// </summary>
internal sealed class ScaleDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly ScratchDatabaseFile? _file;
    private readonly PostgresServer? _server;

    private ScaleDatabase(ScaleSetup setup, string connectionString, ServiceProvider services, ScratchDatabaseFile? file, PostgresServer? server, string? name)
    {
        Setup = setup;
        ConnectionString = connectionString;
        _services = services;
        _file = file;
        _server = server;
        Name = name;
    }

    public ScaleSetup Setup { get; }

    public string ConnectionString { get; }

    /// <summary>The PostgreSQL database's name; null on SQLite.</summary>
    public string? Name { get; }

    /// <summary>What every bot process is told about the database.</summary>
    public IEnumerable<string> BotSettings() =>
    [
        $"--Database:Provider={Setup.Provider}",
        $"--ConnectionStrings:HealLink={ConnectionString}",
    ];

    public static async Task<ScaleDatabase> CreateAsync(
        ScaleSetup setup, PostgresServer? server, string encryptionKey, IReadOnlyList<ConversationPair> pairs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ScratchDatabaseFile? file = null;
        string? name = null;
        string connectionString;
        if (setup.Provider == DatabaseProvider.Postgres)
        {
            ArgumentNullException.ThrowIfNull(server);
            name = string.Create(CultureInfo.InvariantCulture, $"heallink_scale_{Guid.NewGuid():N}");
            connectionString = await server.CreateDatabaseAsync(name, cancellationToken);
        }
        else
        {
            file = new ScratchDatabaseFile();
            connectionString = file.ConnectionString;
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = setup.Provider.ToString(),
                ["ConnectionStrings:HealLink"] = connectionString,
                ["HEALLINK_ENCRYPTION_KEY"] = encryptionKey,
            })
            .Build();
        var services = new ServiceCollection().AddHealLinkStorage(configuration).BuildServiceProvider();
        var database = new ScaleDatabase(setup, connectionString, services, file, setup.Provider == DatabaseProvider.Postgres ? server : null, name);
        try
        {
            await services.MigrateHealLinkDatabaseAsync(cancellationToken);
            await using var db = await database.CreateContextAsync(cancellationToken);
            await ActiveConversations.SeedAsync(db, Platform.Telegram, pairs, DateTimeOffset.UtcNow, cancellationToken);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public Task<HealLinkDbContext> CreateContextAsync(CancellationToken cancellationToken) =>
        _services.GetRequiredService<IDbContextFactory<HealLinkDbContext>>().CreateDbContextAsync(cancellationToken);

    public async Task<(int Relayed, int Unsent)> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = await CreateContextAsync(cancellationToken);
        return (await db.RelayedMessages.CountAsync(cancellationToken),
            await db.OutboxMessages.CountAsync(m => m.SentAt == null, cancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _file?.Dispose();
        if (_server is not null && Name is not null)
        {
            await _server.DropDatabaseAsync(Name);
        }
    }
}
