using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using static HealLink.Core.Tests.Connections.ConnectionPeople;

namespace HealLink.Core.Tests.Connections;

/// <summary>A deployment that gives mentors less time to answer says so: no copy promises the default.</summary>
public sealed class ConfiguredExpiryTests : IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Request_WithATwelveHourExpiry_BothSidesAreToldTwelveHours()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform, settings: ("Connections:RequestExpiry", "12:00:00"));
        var sam = await ApprovedMentorAsync(host, _platform, "mentor-1", "Sam");
        var ana = await MenteeAsync(host, _platform, "mentee-1", "Ana");

        await RequestAsync(ana, "Sam");

        Assert.Contains("if they can't answer within 12 hours", ana.Last.Text, StringComparison.Ordinal);
        Assert.Contains("If you don't answer within 12 hours, the request ends", sam.Last.Text, StringComparison.Ordinal);
    }
}
