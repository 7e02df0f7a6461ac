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
        new(channels, "all-MiniLM-L6-v2 (384 dimensions)", null, 123_456_789, "1.2.3", []);

    public static ProcessReport ReportWithModel(ModelReport model) =>
        new([], "all-MiniLM-L6-v2 (384 dimensions)", null, 123_456_789, "1.2.3", [model]);

    /// <summary>A GGUF loaded once, with the memory figures of a real load.</summary>
    public static ModelReport LoadedModel(DateTimeOffset lastUsed) =>
        new("icebreakers", "qwen2.5-0.5b-instruct-q4_k_m.gguf", true, lastUsed, TimeSpan.FromSeconds(1.5), 180_000_000, 720_000_000, null, 1, 0);
}
