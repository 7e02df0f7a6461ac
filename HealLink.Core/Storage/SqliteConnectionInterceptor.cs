using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Storage;

/// <summary>Applies <see cref="SqliteConnectionSettings"/> to every connection EF opens.</summary>
internal sealed class SqliteConnectionInterceptor(IOptions<DatabaseOptions> options) : DbConnectionInterceptor
{
    private readonly SqliteConnectionSettings _settings = new(options.Value.BusyTimeoutSeconds, foreignKeys: true);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        _settings.Apply(connection);

    public override Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default) =>
        _settings.ApplyAsync(connection, cancellationToken);
}
