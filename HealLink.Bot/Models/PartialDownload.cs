using System.Security.Cryptography;

namespace HealLink.Bot.Models;

/// <summary>
/// The <c>.partial</c> file a download grows in, beside its final place, with the running sha256 of all it holds:
/// reopened to resume, it hashes what the earlier run left, so the final check covers every byte. It becomes the real
/// file only when its size and hash are right, by a rename, so a reader never sees half a model.
/// </summary>
internal sealed class PartialDownload : IAsyncDisposable
{
    private const int BufferSize = 1 << 16;

    private readonly string _path;
    private readonly FileStream _stream;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    private PartialDownload(string path, FileStream stream)
    {
        _path = path;
        _stream = stream;
    }

    public long Length => _stream.Position;

    public static string PathFor(string target) => target + ".partial";

    /// <summary>Deletes a partial file that can never become the right one; its folder may not exist yet.</summary>
    public static void Delete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>Opens (or creates) the partial file, keeping its first <paramref name="keepBytes"/> bytes and hashing them.</summary>
    public static async Task<PartialDownload> OpenAsync(string path, long keepBytes, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);

        // FileShare.None: a second fetch of the same file (the command while the bot fetches at start-up) fails at once
        // instead of interleaving its bytes with ours.
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.Asynchronous);
        var partial = new PartialDownload(path, stream);
        try
        {
            await partial.KeepAsync(keepBytes, cancellationToken);
            return partial;
        }
        catch
        {
            await partial.DisposeAsync();
            throw;
        }
    }

    public async Task AppendAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(bytes, cancellationToken);
        _hash.AppendData(bytes.Span);
    }

    /// <summary>
    /// Moves the file into place when its sha256 is the expected one; otherwise deletes it (resuming a wrong file
    /// could never come right) and says which hash it had.
    /// </summary>
    public async Task MoveIntoPlaceAsync(ModelFile file, string target, CancellationToken cancellationToken)
    {
        // On disk before the rename, so a power cut cannot leave a renamed file whose bytes never arrived.
        await _stream.FlushAsync(cancellationToken);
        _stream.Flush(flushToDisk: true);
        await _stream.DisposeAsync();

        var actual = Convert.ToHexStringLower(_hash.GetHashAndReset());
        if (!actual.Equals(file.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            File.Delete(_path);
            throw new ModelFetchException(
                $"{file.Name}: the download has sha256 {actual}, expected {file.Sha256.ToLowerInvariant()}: not the file {file.PinnedBy} names, so it was deleted.");
        }

        File.Move(_path, target, overwrite: true);
    }

    /// <summary>Deletes the partial file: its bytes can never become the right file.</summary>
    public async Task DiscardAsync()
    {
        await _stream.DisposeAsync();
        File.Delete(_path);
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _hash.Dispose();
    }

    private async Task KeepAsync(long keepBytes, CancellationToken cancellationToken)
    {
        _stream.SetLength(Math.Min(keepBytes, _stream.Length));
        var buffer = new byte[BufferSize];
        int read;
        while ((read = await _stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            _hash.AppendData(buffer, 0, read);
        }
    }
}
