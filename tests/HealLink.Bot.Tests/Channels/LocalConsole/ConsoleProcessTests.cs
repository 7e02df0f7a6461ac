using System.Diagnostics;
using System.Globalization;
using System.Text;
using HealLink.Core.Onboarding;
using HealLink.Core.Tests.Conversations;
using HealLink.FakeDiscord;
using Microsoft.Data.Sqlite;

namespace HealLink.Bot.Tests.Channels.LocalConsole;

/// <summary>
/// The bot as a newcomer runs it: its own process, started in an empty folder with no configuration at all,
/// driven through standard input and output; what it says when a platform turns its token down; and its backup and
/// restore commands beside it. All on the embedded default, SQLite, since that is what a newcomer gets.
/// </summary>
[Trait("Database", "Sqlite")]
public sealed class ConsoleProcessTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("heallink-process-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Process_NoConfiguration_OpensTheConsoleChatWhereAMenteeAndAMentorFinish()
    {
        await using var bot = BotProcess.Start(_directory);
        await bot.WaitForPromptAsync();

        await bot.RunAsync(Scripts.MenteeByButtons);
        await bot.TypeAsync("/as 2");
        await bot.RunAsync(Scripts.MentorByButtons);
        var exitCode = await bot.QuitAsync();

        Assert.Equal(0, exitCode);
        Assert.Contains(OnboardingCopy.English.MenteeFinished("Maria").Split('\n')[0], bot.Output, StringComparison.Ordinal);
        Assert.Contains(OnboardingCopy.English.MentorFinished, bot.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_directory, "data", "heallink.db")), "the embedded default database is data/heallink.db");
        Assert.DoesNotContain("fail:", bot.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("crit:", bot.Errors, StringComparison.Ordinal);
        var announcement = Assert.Single(bot.Errors.Split('\n'), line => line.Contains("Matching uses the offline embedder", StringComparison.Ordinal));
        Assert.Contains("models fetch", announcement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_DiscordRejectsTheToken_StopsWithExitCodeTwoAndNeverShowsTheToken()
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        await using var bot = BotProcess.Start(
            _directory,
            ("Discord__BotToken", "MTIz.not-a-real-token"),
            ("Discord__ApiBaseUrl", discord.ApiBaseUrl.ToString()),
            ("Discord__GatewayUrl", discord.GatewayUrl.ToString()));

        var exitCode = await bot.WaitForExitAsync();

        Assert.Equal(2, exitCode);
        Assert.Contains("Discord:BotToken", bot.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-real-token", bot.Errors + bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_BackupWhileTheBotRuns_RestoreOnlyOnceStopped_BringsBackWhatWasThere()
    {
        await using var bot = BotProcess.Start(_directory);
        await bot.WaitForPromptAsync();
        await bot.RunAsync(Scripts.MenteeByButtons);

        var backup = await CommandAsync("backup", "backups/monday.db");
        await bot.TypeAsync("/as 2");
        await bot.RunAsync(Scripts.MentorByButtons);
        var whileRunning = await CommandAsync("restore", "backups/monday.db");
        Assert.Equal(0, await bot.QuitAsync());
        var restore = await CommandAsync("restore", "backups/monday.db");

        Assert.Equal((0, ""), (backup.ExitCode, backup.Errors));
        Assert.StartsWith("Backup written to ", backup.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_directory, "backups", "monday.db.manifest.json")));
        Assert.Equal(1, whileRunning.ExitCode);
        Assert.Contains("stop the bot", whileRunning.Errors, StringComparison.Ordinal);
        Assert.Equal((0, ""), (restore.ExitCode, restore.Errors));
        Assert.Contains("the migration check passed", restore.Output, StringComparison.Ordinal);
        Assert.Equal(1, await CountInEmbeddedDatabaseAsync("SELECT count(*) FROM profiles WHERE display_name = 'Maria'"));
        Assert.Equal(0, await CountInEmbeddedDatabaseAsync("SELECT count(*) FROM profiles WHERE display_name = 'Sam'"));
        Assert.Single(Directory.GetFiles(Path.Combine(_directory, "data"), "heallink.db.before-restore-*"), f => !f.EndsWith("-wal", StringComparison.Ordinal) && !f.EndsWith("-shm", StringComparison.Ordinal));
    }

    private async Task<long> CountInEmbeddedDatabaseAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, "data", "heallink.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>The bot's program run as a command (backup, restore) in the test's folder, to its end.</summary>
    private async Task<(int ExitCode, string Output, string Errors)> CommandAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HealLink.Bot.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await output, await errors);
    }

    private sealed class BotProcess : ConsoleDriver, IAsyncDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();
        private readonly StringBuilder _errors = new();
        private readonly Task _reading;

        private BotProcess(Process process)
        {
            _process = process;
            _reading = Task.WhenAll(Pump(process.StandardOutput, _output), Pump(process.StandardError, _errors));
        }

        public override string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public string Errors
        {
            get
            {
                lock (_errors)
                {
                    return _errors.ToString();
                }
            }
        }

        public static BotProcess Start(string workingDirectory, params (string Name, string Value)[] environment)
        {
            var info = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
                StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            };
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HealLink.Bot.dll"));
            foreach (var (name, value) in environment)
            {
                info.Environment[name] = value;
            }

            return new BotProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"));
        }

        public async Task<int> QuitAsync()
        {
            await WriteLineAsync("/quit");
            return await WaitForExitAsync();
        }

        public async Task<int> WaitForExitAsync()
        {
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            await _reading;
            return _process.ExitCode;
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

        protected override async Task WriteLineAsync(string line)
        {
            await _process.StandardInput.WriteLineAsync(line);
            await _process.StandardInput.FlushAsync();
        }

        private static async Task Pump(StreamReader reader, StringBuilder into)
        {
            var buffer = new char[4096];
            int read;
            while ((read = await reader.ReadAsync(buffer)) > 0)
            {
                lock (into)
                {
                    into.Append(buffer, 0, read);
                }
            }
        }
    }
}
