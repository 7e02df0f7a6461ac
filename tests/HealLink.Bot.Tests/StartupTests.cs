using HealLink.Bot.Tests.Channels.Telegram;
using HealLink.Core.Tests.Storage;
using Microsoft.Extensions.Logging;

namespace HealLink.Bot.Tests;

/// <summary>Configuration that cannot work stops start-up with one line naming the key, and no stack trace in the log.</summary>
public sealed class StartupTests
{
    [Theory]
    [InlineData("--Database:Provider=Oracle", "Database:Provider")]
    [InlineData("--Outbox:MaxAttempts=0", "MaxAttempts")]
    [InlineData("--Discord:BotToken=abc --Discord:GatewayUrl=https://gateway.discord.gg", "Discord:GatewayUrl must be an absolute ws(s) address")]
    [InlineData("--Discord:BotToken=abc --Discord:ThreadChannelId=general", "Discord:ThreadChannelId")]
    [InlineData("--Embeddings:Embedder=Neural", "Embeddings:Embedder")]
    [InlineData("--Embeddings:IntraOpThreads=0", "IntraOpThreads")]
    [InlineData("--Embeddings:ModelPath=nowhere/model.onnx --Embeddings:Embedder=MiniLm", "Embeddings:Embedder is MiniLm, but all-MiniLM-L6-v2 cannot be loaded")]
    [InlineData("--Models:BaseUrl=not-an-address", "Models:BaseUrl")]
    [InlineData("--Models:Folder=elsewhere --Embeddings:Embedder=MiniLm", "elsewhere/all-MiniLM-L6-v2/model.onnx")]
    [InlineData("--Jobs:IndexRefreshInterval=-00:00:05", "IndexRefreshInterval")]
    [InlineData("--Jobs:NightlyPruneCron=4am", "Jobs:NightlyPruneCron '4am'")]
    [InlineData("--Logging:Format=xml", "Logging:Format")]
    [InlineData("--Logging:PseudonymKey=c2hvcnQ=", "Logging:PseudonymKey must be base64 of at least 16 random bytes")]
    [InlineData("--HEALLINK_ENCRYPTION_KEY=not-a-key", "HEALLINK_ENCRYPTION_KEY must hold base64 keys of 32 bytes")]
    [InlineData("--Encryption:RotationBatchSize=0", "RotationBatchSize")]
    [InlineData("--Jobs:ReEncryptInterval=00:00:00", "ReEncryptInterval")]
    public Task Run_UnusableConfiguration_ExitsWithAMessageNamingTheKey(string setting, string named) =>
        AssertRefusedNamingAsync(setting, named);

    // SQLite's alone: PostgreSQL waits on its own locks, with no busy timeout to set.
    [Fact]
    [Trait("Database", "Sqlite")]
    public Task Run_SqliteBusyTimeoutOutOfRange_ExitsWithAMessageNamingTheKey() =>
        AssertRefusedNamingAsync("--Database:BusyTimeoutSeconds=0", "Database:BusyTimeoutSeconds");

    private static async Task AssertRefusedNamingAsync(string setting, string named)
    {
        var run = await StartAsync(setting.Split(' '));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("HealLink could not start: ", run.Errors, StringComparison.Ordinal);
        Assert.Contains(named, run.Errors, StringComparison.Ordinal);
        Assert.Single(run.Errors.TrimEnd().Split('\n'));
        Assert.DoesNotContain(run.Logs, line => line.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_TwoUnusableSettings_NamesBothInOneMessage()
    {
        var run = await StartAsync(["--Outbox:MaxAttempts=0", "--Jobs:ReEmbedBatchSize=0"]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("HealLink could not start: ", run.Errors, StringComparison.Ordinal);
        Assert.Contains("MaxAttempts", run.Errors, StringComparison.Ordinal);
        Assert.Contains("ReEmbedBatchSize", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_HealthListenUrlOnAPortInUse_ExitsWithAMessageNamingTheKey()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var run = await StartAsync([$"--Health:ListenUrl=http://127.0.0.1:{port}"]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"HealLink could not start: Health:ListenUrl http://127.0.0.1:{port} cannot be listened on", run.Errors, StringComparison.Ordinal);
        Assert.Single(run.Errors.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Run_KeyFileGoneWhileTheDatabaseHoldsEncryptedValues_ExitsWithOneLineNamingTheFile()
    {
        var run = await StartAsync([], async database =>
        {
            var keyFile = await EncryptedDatabase.CreateAsync(database);
            File.Delete(keyFile);
        });

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("HealLink could not start: The database holds encrypted values but no encryption key was found: ", run.Errors, StringComparison.Ordinal);
        Assert.Contains("heallink.keys.json does not exist", run.Errors, StringComparison.Ordinal);
        Assert.Single(run.Errors.TrimEnd().Split('\n'));
        Assert.DoesNotContain(run.Logs, line => line.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_AnotherKeyInTheEnvironmentVariable_ExitsWithOneLineSayingItIsTheWrongKey()
    {
        var otherKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

        var run = await StartAsync([$"--HEALLINK_ENCRYPTION_KEY={otherKey}"], database => EncryptedDatabase.CreateAsync(database));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("HealLink could not start: None of the encryption keys in HEALLINK_ENCRYPTION_KEY", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain(otherKey, run.Errors, StringComparison.Ordinal);
        Assert.Single(run.Errors.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Run_KeyFileWithTheRightIdButAnotherKey_ExitsWithOneLineSayingItIsTheWrongKey()
    {
        var run = await StartAsync([], async database => EncryptedDatabase.ReplaceKeyKeepingItsId(await EncryptedDatabase.CreateAsync(database)));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("HealLink could not start: The encryption key '", run.Errors, StringComparison.Ordinal);
        Assert.Contains("is not the key this database was encrypted with", run.Errors, StringComparison.Ordinal);
        Assert.Single(run.Errors.TrimEnd().Split('\n'));
        Assert.DoesNotContain(run.Logs, line => line.Contains("   at ", StringComparison.Ordinal));
    }

    /// <summary>Runs the bot as <c>Program</c> does on a database of its own, with these settings on its command line.</summary>
    /// <param name="prepare">Given the database, readies it before the bot starts.</param>
    private static async Task<StartupRun> StartAsync(string[] settings, Func<TestDatabase, Task>? prepare = null)
    {
        using var errors = new StringWriter();
        using var logs = new CapturingLoggerProvider();
        using var database = new TestDatabase();
        if (prepare is not null)
        {
            await prepare(database);
        }

        var exitCode = await BotHost.RunAsync(
            () =>
            {
                var builder = BotHost.CreateBuilder([.. database.Arguments, .. settings]);
                builder.Logging.AddProvider(logs);
                return builder;
            },
            errors);
        return new StartupRun(exitCode, errors.ToString(), logs.Lines);
    }

    private sealed record StartupRun(int ExitCode, string Errors, IReadOnlyList<string> Logs);
}
