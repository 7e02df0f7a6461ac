using System.Diagnostics;
using HealLink.Core.Storage;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Admin.Tests.CommandLine;

/// <summary>The real admin process run as a coordinator runs it, on a database of its own (<see cref="TestDatabase"/>).</summary>
internal sealed class AdminCommandLine : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly ServiceProvider _services;

    public AdminCommandLine() => _services = _database.CreateServices();

    /// <summary>A context on the same database, migrated, to seed and to look.</summary>
    public async Task<HealLinkDbContext> ContextAsync()
    {
        await _services.MigrateHealLinkDatabaseAsync();
        return await _services.GetRequiredService<IDbContextFactory<HealLinkDbContext>>().CreateDbContextAsync();
    }

    /// <summary>Runs <c>HealLink.Admin {words} --ConnectionStrings:HealLink=…</c>; nothing may be written to stderr.</summary>
    public Task<(string Output, int ExitCode)> RunAsync(params string[] words) => RunWithAsync(null, null, words);

    /// <param name="input">Typed at the process's standard input, if anything.</param>
    /// <param name="environment">Variables set for the process.</param>
    public async Task<(string Output, int ExitCode)> RunWithAsync(string? input, IDictionary<string, string>? environment, params string[] words)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = _database.DirectoryPath, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HealLink.Admin.dll"));
        foreach (var word in words)
        {
            info.ArgumentList.Add(word);
        }

        foreach (var setting in _database.Arguments)
        {
            info.ArgumentList.Add(setting);
        }

        using var process = Process.Start(info)!;
        await process.StandardInput.WriteAsync(input ?? "");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True((await errors).Length == 0, await errors);
        return (await output, process.ExitCode);
    }

    public void Dispose()
    {
        _services.Dispose();
        _database.Dispose();
    }
}
