using System.Globalization;

namespace HealLink.FakeTelegram;

/// <summary>The files people sent, findable by file_id (getFile) and by file_path (download).</summary>
internal sealed class FakeFiles
{
    private readonly Lock _gate = new();
    private readonly List<FakeFile> _files = [];

    public FakeFile AddPhoto(byte[] content) => Add("AgACAgIAAxkBAAI", "photos", "jpg", content);

    public FakeFile AddVoice(byte[] content) => Add("AwACAgIAAxkBAAI", "voice", "oga", content);

    public FakeFile AddDocument(byte[] content) => Add("BQACAgIAAxkBAAI", "documents", "bin", content);

    private FakeFile Add(string idPrefix, string folder, string extension, byte[] content)
    {
        lock (_gate)
        {
            var n = (_files.Count + 1).ToString("D6", CultureInfo.InvariantCulture);
            var file = new FakeFile($"{idPrefix}{n}", $"AQAD{n}", $"{folder}/file_{n}.{extension}", content);
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
