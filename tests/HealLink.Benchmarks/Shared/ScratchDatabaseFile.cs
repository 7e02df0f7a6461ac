using Microsoft.Data.Sqlite;

namespace HealLink.Benchmarks.Shared;

/// <summary>Where a fresh SQLite file goes: a temporary directory of its own, deleted on disposal.</summary>
internal sealed class ScratchDatabaseFile : IDisposable
{
    private readonly string _directoryPath;

    public ScratchDatabaseFile()
    {
        _directoryPath = Path.Combine(Path.GetTempPath(), "heallink-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directoryPath);
        FilePath = Path.Combine(_directoryPath, "heallink.db");
    }

    public string FilePath { get; }

    public string ConnectionString => $"Data Source={FilePath}";

    /// <summary>Call once whatever used the file is disposed.</summary>
    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the directory can go.
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        Directory.Delete(_directoryPath, recursive: true);
    }
}
