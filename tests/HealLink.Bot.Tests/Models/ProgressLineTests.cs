using HealLink.Bot.Models;

namespace HealLink.Bot.Tests.Models;

public sealed class ProgressLineTests
{
    [Theory]
    [InlineData("model.onnx", 47_000_000, 90_387_606, 3_100_000.0, "model.onnx  [##########----------]   51%  47.0/90.4 MB  3.1 MB/s")]
    [InlineData("vocab.txt", 0, 231_508, null, "vocab.txt  [--------------------]    0%  0.0/0.2 MB")]

    // Rounded down: a full bar and 100% only when the last byte is in.
    [InlineData("vocab.txt", 231_507, 231_508, null, "vocab.txt  [###################-]   99%  0.2/0.2 MB")]
    [InlineData("vocab.txt", 231_508, 231_508, 1_500_000.0, "vocab.txt  [####################]  100%  0.2/0.2 MB  1.5 MB/s")]
    public void Render_ShowsBarPercentMegabytesAndSpeedWhenKnown(string name, long done, long total, double? bytesPerSecond, string expected)
    {
        Assert.Equal(expected, ProgressLine.Render(new DownloadProgress(name, done, total), bytesPerSecond));
    }

    [Fact]
    public void Render_NameWidth_LinesUpTheBarsOfSeveralFiles()
    {
        var first = ProgressLine.Render(new DownloadProgress("model.onnx", 0, 10), null, nameWidth: 10);
        var second = ProgressLine.Render(new DownloadProgress("vocab.txt", 0, 10), null, nameWidth: 10);

        Assert.Equal(first.IndexOf('[', StringComparison.Ordinal), second.IndexOf('[', StringComparison.Ordinal));
    }
}
