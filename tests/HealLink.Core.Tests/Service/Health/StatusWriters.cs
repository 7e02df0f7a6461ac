using HealLink.Core.Hosting;
using HealLink.Core.Service.Health;
using HealLink.Core.Tests.Storage;

namespace HealLink.Core.Tests.Service.Health;

/// <summary>Processes reporting to one database on one clock: each writer is one process.</summary>
internal sealed class StatusWriters(MigratedDatabase database, FixedTimeProvider clock)
{
    public static ProcessStatusOptions Options { get; } = new() { ReportInterval = TimeSpan.FromSeconds(5), ForgetAfter = TimeSpan.FromHours(1) };

    public ProcessStatusWriter Start(out ProcessIdentity process)
    {
        process = new ProcessIdentity(clock);
        return new ProcessStatusWriter(database.Contexts, process, Microsoft.Extensions.Options.Options.Create(Options), clock);
    }

    public static ProcessReport Report(params ChannelReport[] channels) =>
        new(channels, "all-MiniLM-L6-v2 (384 dimensions)", null, 123_456_789, "1.2.3");
}
