using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Storage.Migrations;

/// <summary>
/// Brings the database up to the latest schema this build knows, one script at a time. Safe to run from the bot,
/// the admin panel and several bot instances at the same moment: each provider's target keeps a second process
/// waiting until the first has recorded its script, so nothing is applied twice.
/// </summary>
internal sealed class MigrationRunner(
    IOptions<DatabaseOptions> options,
    MigrationScriptSet scripts,
    TimeProvider timeProvider,
    ILogger<MigrationRunner> logger)
{
    private readonly DatabaseOptions _options = options.Value;

    /// <summary>Returns the versions this call applied, in order; empty when the schema was already current.</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var target = await OpenAsync(cancellationToken);

        var applied = new List<int>();
        while (await target.ApplyNextAsync(scripts, timeProvider.GetUtcNow(), cancellationToken) is { } script)
        {
            logger.LogInformation("Applied database migration {Version} ({Name})", script.Version, script.Name);
            applied.Add(script.Version);
        }

        if (applied.Count == 0)
        {
            logger.LogInformation("Database schema is current at version {Version}", scripts.LatestVersion);
        }

        return applied;
    }

    private async Task<IMigrationTarget> OpenAsync(CancellationToken cancellationToken) =>
        _options.Provider == DatabaseProvider.Postgres
            ? await PostgresMigrationTarget.OpenAsync(_options, cancellationToken)
            : await SqliteMigrationTarget.OpenAsync(_options, cancellationToken);
}
