namespace HealLink.Bot.Models;

/// <summary>
/// Shows one file's download as it goes: on a terminal, one line redrawn in place; when the output is redirected (a
/// log, a pipe), a line at each tenth, so logs stay short and readable.
/// </summary>
internal sealed class ConsoleProgress(TextWriter writer, bool redraw, TimeProvider time, int nameWidth) : IProgress<DownloadProgress>
{
    // Often enough to look live, rarely enough that drawing costs nothing next to the download.
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    // Before this, a speed is mostly noise from the first packets.
    private static readonly TimeSpan SpeedSettles = TimeSpan.FromMilliseconds(500);

    private DateTimeOffset _startedAt;
    private long _startBytes = -1;
    private DateTimeOffset _drawnAt;
    private int _tenthsShown = -1;
    private int _drawnLength;

    /// <summary>Whether this writer is the process's own standard output or error and that goes to a terminal.</summary>
    public static bool IsTerminal(TextWriter writer) =>
        (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected)
        || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);

    public void Report(DownloadProgress value)
    {
        var now = time.GetUtcNow();
        if (_startBytes < 0)
        {
            // A resumed download starts part way: the speed counts only this run's bytes.
            _startBytes = value.BytesDone;
            _startedAt = now;
        }

        var elapsed = now - _startedAt;
        double? speed = elapsed >= SpeedSettles ? (value.BytesDone - _startBytes) / elapsed.TotalSeconds : null;
        var complete = value.BytesDone >= value.TotalBytes;
        if (redraw)
        {
            if (_drawnLength == 0 || complete || now - _drawnAt >= RedrawInterval)
            {
                Redraw(ProgressLine.Render(value, speed, nameWidth));
                _drawnAt = now;
            }

            return;
        }

        var tenths = value.TotalBytes > 0 ? (int)(Math.Min(value.BytesDone, value.TotalBytes) * 10 / value.TotalBytes) : 10;
        if (tenths > _tenthsShown)
        {
            writer.WriteLine(ProgressLine.Render(value, speed, nameWidth));
            _tenthsShown = tenths;
        }
    }

    /// <summary>Ends the redrawn line, so what is written next (a result, an error) starts on a line of its own.</summary>
    public void EndLine()
    {
        if (_drawnLength > 0)
        {
            writer.WriteLine();
            _drawnLength = 0;
        }
    }

    private void Redraw(string line)
    {
        // Spaces over whatever is left of a longer line drawn before.
        writer.Write('\r' + line.PadRight(_drawnLength));
        writer.Flush();
        _drawnLength = line.Length;
    }
}
