using System.Security.Cryptography;

namespace HealLink.Bot.Models;

internal static class FileSha256
{
    /// <summary>Whether the file exists with the expected size and sha256; the size is checked first, as it costs nothing.</summary>
    public static async Task<bool> MatchesAsync(string path, ModelFile expected, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != expected.Size)
        {
            return false;
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        return hash.Equals(expected.Sha256, StringComparison.OrdinalIgnoreCase);
    }
}
