using HealLink.Core.Storage;
using HealLink.Core.Storage.Migrations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Tests.Storage;

// Apart from the rest, because the migration runner is internal to the core: the panel's tests link only the other half.
internal sealed partial class TestDatabase
{
    public MigrationRunner CreateRunner(
        MigrationScriptSet? scripts = null,
        TimeProvider? timeProvider = null,
        ILogger<MigrationRunner>? logger = null) =>
        new(
            Options.Create(new DatabaseOptions { Provider = Provider, ConnectionString = ConnectionString }),
            scripts ?? MigrationScriptSet.LoadEmbedded(Provider),
            timeProvider ?? TimeProvider.System,
            logger ?? NullLogger<MigrationRunner>.Instance);
}
