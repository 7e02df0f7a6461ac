using HealLink.Bot.Models;

namespace HealLink.Bot.Tests.Models;

public sealed class ConsoleProgressTests : IDisposable
{
    private const long Total = 1_000_000;

    private readonly ManualClock _clock = new();
    private readonly StringWriter _output = new();

    public void Dispose() => _output.Dispose();

    [Fact]
    public void Report_Redirected_WritesALineAtEachTenthOnly()
    {
        var sut = new ConsoleProgress(_output, redraw: false, _clock, nameWidth: 0);

        for (var done = 0L; done <= Total; done += Total / 100)
        {
            sut.Report(new DownloadProgress("model.onnx", done, Total));
        }

        var lines = _output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, lines.Length);
        Assert.Contains("  0%", lines[0], StringComparison.Ordinal);
        Assert.Contains("100%", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain('\r', _output.ToString());
    }

    [Fact]
    public void Report_ResumedPartWay_StartsWithWhereItStands()
    {
        var sut = new ConsoleProgress(_output, redraw: false, _clock, nameWidth: 0);

        sut.Report(new DownloadProgress("model.onnx", Total / 2, Total));
        sut.Report(new DownloadProgress("model.onnx", (Total / 2) + 1, Total));

        var line = Assert.Single(_output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("]   50%", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OnATerminal_RedrawsOneLineAndEndLineClosesIt()
    {
        var sut = new ConsoleProgress(_output, redraw: true, _clock, nameWidth: 0);

        sut.Report(new DownloadProgress("model.onnx", 0, Total));
        _clock.Advance(TimeSpan.FromSeconds(1));
        sut.Report(new DownloadProgress("model.onnx", Total / 2, Total));
        _clock.Advance(TimeSpan.FromSeconds(1));
        sut.Report(new DownloadProgress("model.onnx", Total, Total));
        sut.EndLine();

        var text = _output.ToString();
        Assert.Equal(3, text.Count(c => c == '\r'));
        Assert.EndsWith($"100%  1.0/1.0 MB  0.5 MB/s{Environment.NewLine}", text, StringComparison.Ordinal);
        Assert.Single(text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Report_OnATerminalFasterThanTheEyeCanRead_SkipsRedrawsButNotTheLast()
    {
        var sut = new ConsoleProgress(_output, redraw: true, _clock, nameWidth: 0);

        for (var done = 0L; done <= Total; done += Total / 100)
        {
            sut.Report(new DownloadProgress("model.onnx", done, Total));
        }

        Assert.Equal(2, _output.ToString().Count(c => c == '\r'));
        Assert.Contains("100%", _output.ToString(), StringComparison.Ordinal);
    }
}
