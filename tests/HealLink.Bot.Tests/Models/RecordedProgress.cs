using HealLink.Bot.Models;

namespace HealLink.Bot.Tests.Models;

/// <summary>Keeps every report, and can act on one (cancel a download part way, say).</summary>
internal sealed class RecordedProgress(Action<DownloadProgress>? onReport = null) : IProgress<DownloadProgress>
{
    private readonly List<DownloadProgress> _reports = [];

    public IReadOnlyList<DownloadProgress> Reports => _reports;

    public void Report(DownloadProgress value)
    {
        _reports.Add(value);
        onReport?.Invoke(value);
    }
}
