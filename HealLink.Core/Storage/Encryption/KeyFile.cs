using System.Text.Json;
using HealLink.Core.Hosting;

namespace HealLink.Core.Storage.Encryption;

/// <summary>
/// A key file: JSON naming the current key and holding it with the older ones still needed to read values written
/// before a rotation. Readable by its owner only (0600): whoever can read it can read every story in the database.
/// </summary>
public static class KeyFile
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The ring in <paramref name="path"/>; a <see cref="StartupException"/> naming the file when it cannot be used.</summary>
    public static KeyRing Read(string path)
    {
        KeyFileContent? content;
        try
        {
            content = JsonSerializer.Deserialize<KeyFileContent>(File.ReadAllText(path), _json);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new StartupException($"The encryption key file {path} cannot be read: {exception.Message}");
        }

        try
        {
            if (content is null || content.Keys.Count == 0)
            {
                throw new FormatException("it holds no keys");
            }

            return new KeyRing([.. content.Keys.Select(k => new EncryptionKey(k.Id, Convert.FromBase64String(k.Key)))], content.Current);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            throw new StartupException($"The encryption key file {path} is not a HealLink key file: {exception.Message}");
        }
    }

    /// <summary>Writes a new file holding one new key, current; never over an existing file.</summary>
    public static KeyRing Create(string path)
    {
        var key = EncryptionKey.Generate();
        var ring = new KeyRing([key], key.Id);
        Write(path, ring, overwrite: false);
        return ring;
    }

    /// <summary>Adds a new key to the file and makes it current; the older keys stay, to read what they wrote.</summary>
    public static KeyRing AddCurrentKey(string path)
    {
        var ring = Read(path);
        var key = EncryptionKey.Generate();
        var rotated = new KeyRing([key, .. ring.Keys], key.Id);
        Write(path, rotated, overwrite: true);
        return rotated;
    }

    // Written beside the target and moved over it, so a process reading the file meanwhile sees the old ring or the new
    // one, never half of one.
    private static void Write(string path, KeyRing ring, bool overwrite)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var content = new KeyFileContent(ring.Current.Id, [.. ring.Keys.Select(k => new KeyFileEntry(k.Id, Convert.ToBase64String(k.Material)))]);
        var temporary = $"{full}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, content, _json);
            stream.Flush(flushToDisk: true);
        }

        if (overwrite)
        {
            File.Move(temporary, full, overwrite: true);
            return;
        }

        try
        {
            // A hard rule against overwriting: two processes making the first key at once must not each keep their own.
            File.Move(temporary, full, overwrite: false);
        }
        catch (IOException) when (File.Exists(full))
        {
            File.Delete(temporary);
            throw;
        }
    }

    private sealed record KeyFileContent(string Current, List<KeyFileEntry> Keys);

    private sealed record KeyFileEntry(string Id, string Key);
}
