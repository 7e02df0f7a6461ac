using System.Diagnostics;
using HealLink.Core.Tests;
using Npgsql;

namespace HealLink.Benchmarks.Scale;

/// <summary>
/// The PostgreSQL server the PostgreSQL rows run on: the one <c>HEALLINK_TEST_POSTGRES</c> names (an admin connection
/// string to database 'postgres', as <c>tools/postgres.sh start</c> prints it), or else a throwaway one this command
/// starts with <c>tools/postgres.sh</c> and stops when done. Each run gets a database of its own, dropped after it.
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    public const string ServerVariable = "HEALLINK_TEST_POSTGRES";
    public const string FolderVariable = "HEALLINK_PG_DIR";

    private readonly string _admin;
    private readonly string? _startedFolder;

    private PostgresServer(string admin, string? startedFolder)
    {
        _admin = admin;
        _startedFolder = startedFolder;
    }

    /// <summary>Where the server came from, for the report.</summary>
    public string Origin => _startedFolder is null ? $"{ServerVariable}" : "a throwaway server started by tools/postgres.sh";

    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } given)
        {
            return new PostgresServer(given, startedFolder: null);
        }

        await Console.Error.WriteLineAsync($"{ServerVariable} is not set: starting a throwaway server with tools/postgres.sh...");
        var exports = await ScriptAsync(["start"], cancellationToken);
        var values = exports
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.StartsWith("export ", StringComparison.Ordinal) ? line["export ".Length..].Split('=', 2) : [])
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1].Trim('\''), StringComparer.Ordinal);
        return values.TryGetValue(ServerVariable, out var admin) && values.TryGetValue(FolderVariable, out var folder)
            ? new PostgresServer(admin, folder)
            : throw new InvalidOperationException($"tools/postgres.sh start printed no {ServerVariable} and {FolderVariable}: {exports}");
    }

    /// <summary>Makes an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        await ExecuteAsync($"CREATE DATABASE \"{name}\"", cancellationToken);
        return new NpgsqlConnectionStringBuilder(_admin) { Database = name }.ToString();
    }

    public async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();

        // FORCE ends the killed bot processes' connections the server has not noticed yet.
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_startedFolder is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ScriptAsync(["stop", _startedFolder], CancellationToken.None);
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_admin) { Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string> ScriptAsync(string[] arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("bash") { WorkingDirectory = RepositoryRoot.Path, RedirectStandardOutput = true };
        info.ArgumentList.Add(Path.Combine("tools", "postgres.sh"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("bash did not start");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"tools/postgres.sh {string.Join(' ', arguments)} exited with {process.ExitCode}.");
    }
}
