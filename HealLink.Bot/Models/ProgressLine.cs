using System.Globalization;

namespace HealLink.Bot.Models;

/// <summary>One line of a download's progress: <c>model.onnx  [##########----------]   52%  47.0/90.4 MB  3.1 MB/s</c>.</summary>
public static class ProgressLine
{
    public const int BarWidth = 20;

    /// <param name="bytesPerSecond">Left out of the line when null (too early to tell).</param>
    /// <param name="nameWidth">The names of several files are padded to one width so their bars line up.</param>
    public static string Render(DownloadProgress progress, double? bytesPerSecond, int nameWidth = 0)
    {
        var total = Math.Max(progress.TotalBytes, 1);
        var done = Math.Clamp(progress.BytesDone, 0, total);

        // Whole numbers, rounded down: 100% and a full bar only when the last byte is in.
        var filled = (int)(done * BarWidth / total);
        var percent = (int)(done * 100 / total);
        var speed = bytesPerSecond is { } rate ? $"  {Megabytes(rate)} MB/s" : "";
        var bar = new string('#', filled) + new string('-', BarWidth - filled);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{progress.FileName.PadRight(nameWidth)}  [{bar}]  {percent,3}%  {Megabytes(done)}/{Megabytes(progress.TotalBytes)} MB{speed}");
    }

    /// <summary>Decimal megabytes with one decimal, as download tools show them (90,387,606 bytes is 90.4 MB).</summary>
    public static string Megabytes(double bytes) => (bytes / 1_000_000).ToString("0.0", CultureInfo.InvariantCulture);
}
