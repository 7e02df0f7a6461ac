using HealLink.Bot.Tests.Channels.Telegram;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HealLink.Bot.Tests;

/// <summary>Configuration that cannot work stops start-up with one line naming the key, and no stack trace in the log.</summary>
public sealed class StartupTests
{
    [Theory]
    [InlineData("--Database:BusyTimeoutSeconds=0", "Database:BusyTimeoutSeconds")]
    [InlineData("--Database:Provider=Oracle", "Database:Provider")]
    [InlineData("--Outbox:MaxAttempts=0", "MaxAttempts")]
    [InlineData("--Discord:BotToken=abc", "Discord:BotToken is set")]
    [InlineData("--Embeddings:Embedder=Neural", "Embeddings:Embedder")]
    [InlineData("--Embeddings:IntraOpThreads=0", "IntraOpThreads")]
    [InlineData("--Embeddings:ModelPath=nowhere/model.onnx --Embeddings:Embedder=MiniLm", "Embeddings:Embedder is MiniLm, but all-MiniLM-L6-v2 cannot be loaded")]
    [InlineData("--Models:BaseUrl=not-an-address", "Models:BaseUrl")]
    [InlineData("--Models:Folder=elsewhere --Embeddings:Embedder=MiniLm", "elsewhere/all-MiniLM-L6-v2/model.onnx")]
    [InlineData("--Jobs:IndexRefreshInterval=-00:00:05", "IndexRefreshInterval")]
    [InlineData("--Jobs:NightlyPruneCron=4am", "Jobs:NightlyPruneCron '4am'")]
    public async Task Run_UnusableConfiguration_ExitsWithAMessageNamingTheKey(string setting, string named)
    {
        using var errors = new StringWriter();
        var directory = Directory.CreateTempSubdirectory("heallink-startup-").FullName;
        try
        {
            var databasePath = Path.Combine(directory, "heallink.db");
            using var logs = new CapturingLoggerProvider();
            var exitCode = await BotHost.RunAsync(
                () => WithLogs(BotHost.CreateBuilder([$"--ConnectionStrings:HealLink=Data Source={databasePath}", .. setting.Split(' ')]), logs),
                errors);

            Assert.Equal(2, exitCode);
            Assert.StartsWith("HealLink could not start: ", errors.ToString(), StringComparison.Ordinal);
            Assert.Contains(named, errors.ToString(), StringComparison.Ordinal);
            Assert.Single(errors.ToString().TrimEnd().Split('\n'));
            Assert.DoesNotContain(logs.Lines, line => line.Contains("   at ", StringComparison.Ordinal));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Run_TwoUnusableSettings_NamesBothInOneMessage()
    {
        using var errors = new StringWriter();
        var directory = Directory.CreateTempSubdirectory("heallink-startup-").FullName;
        try
        {
            var exitCode = await BotHost.RunAsync(
                () => BotHost.CreateBuilder([
                    $"--ConnectionStrings:HealLink=Data Source={Path.Combine(directory, "heallink.db")}",
                    "--Outbox:MaxAttempts=0",
                    "--Jobs:ReEmbedBatchSize=0"]),
                errors);

            Assert.Equal(2, exitCode);
            Assert.StartsWith("HealLink could not start: ", errors.ToString(), StringComparison.Ordinal);
            Assert.Contains("MaxAttempts", errors.ToString(), StringComparison.Ordinal);
            Assert.Contains("ReEmbedBatchSize", errors.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static HostApplicationBuilder WithLogs(HostApplicationBuilder builder, CapturingLoggerProvider logs)
    {
        builder.Logging.AddProvider(logs);
        return builder;
    }
}
