using Microsoft.Data.Sqlite;

namespace HealLink.Bot.Tests.Reliability;

/// <summary>A folder of its own for each run's database file, removed afterwards.</summary>
public abstract class ReliabilityTestBase : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("heallink-reliability-").FullName;

    protected string DatabasePath => Path.Combine(_directory, "heallink.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        GC.SuppressFinalize(this);
    }
}
