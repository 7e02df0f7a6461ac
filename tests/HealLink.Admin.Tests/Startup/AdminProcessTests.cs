using System.Diagnostics;

namespace HealLink.Admin.Tests.Startup;

/// <summary>The real admin panel process, started as an operator would, with a setting that cannot work.</summary>
public sealed class AdminProcessTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("heallink-admin-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("--Database:Provider=Oracle", "Database:Provider")]
    [InlineData("--Database:BusyTimeoutSeconds=0", "BusyTimeoutSeconds")]
    [InlineData("--Database:Provider=Postgres", "must name the server and database")]
    public async Task Start_UnusableSetting_ExitsWithOneLineNamingTheKey(string setting, string named)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _directory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HealLink.Admin.dll"));
        info.ArgumentList.Add(setting);
        info.ArgumentList.Add("--urls=http://127.0.0.1:0");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await output;
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, process.ExitCode);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("HealLink admin panel could not start: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
    }
}
