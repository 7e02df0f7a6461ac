using System.Diagnostics;
using System.Text;
using HealLink.Core.Tests.Storage;

namespace HealLink.Admin.Tests.Browser;

/// <summary>
/// The real HealLink.Admin process serving http://127.0.0.1:{port} on a given database, as a coordinator runs it,
/// and its command line (create-admin) on the same database.
/// </summary>
internal sealed class PanelProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PanelProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<PanelProcess> StartAsync(TestDatabase database)
    {
        await CreateAccountAsync(database, "admin@example.org", "admin");
        await CreateAccountAsync(database, "reviewer@example.org", "reviewer");
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var process = Start(database, null, "--urls", address.ToString());
        var panel = new PanelProcess(process, address);
        process.OutputDataReceived += (_, line) => panel.Record(line.Data);
        process.ErrorDataReceived += (_, line) => panel.Record(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await panel.WaitUntilHealthyAsync();
        return panel;
    }

    public const string Password = "a long enough passphrase";

    private static async Task CreateAccountAsync(TestDatabase database, string email, string role)
    {
        using var process = Start(database, Password, "create-admin", email, role);
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(process.ExitCode == 0, output + await process.StandardError.ReadToEndAsync());
    }

    private static Process Start(TestDatabase database, string? password, params string[] words)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = database.DirectoryPath,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HealLink.Admin.dll"));
        foreach (var word in words)
        {
            info.ArgumentList.Add(word);
        }

        foreach (var setting in database.Arguments)
        {
            info.ArgumentList.Add(setting);
        }

        info.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        // Plain http on loopback: the development environment lets the session cookie travel without TLS.
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        if (password is not null)
        {
            info.Environment["HEALLINK_ADMIN_PASSWORD"] = password;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private void Record(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.False(_process.HasExited, $"The panel stopped: {Output}");
            try
            {
                if ((await http.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The panel did not answer /health within a minute: {Output}");
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
