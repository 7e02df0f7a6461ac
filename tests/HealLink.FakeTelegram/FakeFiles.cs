using System.Globalization;

namespace HealLink.FakeTelegram;

/// <summary>The files people sent, findable by file_id (getFile) and by file_path (download).</summary>
internal sealed class FakeFiles
{
    private readonly Lock _gate = new();
    private readonly List<FakeFile> _files = [];

    public FakeFile AddPhoto(byte[] content)
    {
        lock (_gate)
        {
            var n = (_files.Count + 1).ToString("D6", CultureInfo.InvariantCulture);
            var file = new FakeFile($"AgACAgIAAxkBAAI{n}", $"AQAD{n}", $"photos/file_{n}.jpg", content);
            _files.Add(file);
            return file;
        }
    }

    public FakeFile? ById(string fileId)
    {
        lock (_gate)
        {
            return _files.Find(f => f.FileId == fileId);
        }
    }

    public FakeFile? ByPath(string filePath)
    {
        lock (_gate)
        {
            return _files.Find(f => f.FilePath == filePath);
        }
    }
}
