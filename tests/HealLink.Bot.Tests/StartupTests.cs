namespace HealLink.Bot.Tests;

/// <summary>Configuration that cannot work stops start-up with a message naming the key, not a stack trace.</summary>
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
    public async Task Run_UnusableConfiguration_ExitsWithAMessageNamingTheKey(string setting, string named)
    {
        using var errors = new StringWriter();
        var directory = Directory.CreateTempSubdirectory("heallink-startup-").FullName;
        try
        {
            var databasePath = Path.Combine(directory, "heallink.db");
            var exitCode = await BotHost.RunAsync(
                () => BotHost.CreateBuilder([$"--ConnectionStrings:HealLink=Data Source={databasePath}", .. setting.Split(' ')]),
                errors);

            Assert.Equal(2, exitCode);
            Assert.StartsWith("HealLink could not start: ", errors.ToString(), StringComparison.Ordinal);
            Assert.Contains(named, errors.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
