using System.Text;

namespace HealLink.Core.Tests.Storage.Encryption;

/// <summary>A database as someone who copied its files would see it: the main file and its write-ahead log, as bytes.</summary>
internal static class RawDatabaseFile
{
    /// <summary>Which of the files hold <paramref name="text"/> as UTF-8 (SQLite's text encoding here).</summary>
    public static async Task<IReadOnlyList<string>> FilesHoldingAsync(string databaseFile, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        var holding = new List<string>();
        foreach (var file in new[] { databaseFile, databaseFile + "-wal" }.Where(File.Exists))
        {
            // Read while the application still has the file open: share, as another reader would.
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory);
            if (memory.GetBuffer().AsSpan(0, (int)memory.Length).IndexOf(needle) >= 0)
            {
                holding.Add(Path.GetFileName(file));
            }
        }

        return holding;
    }
}
