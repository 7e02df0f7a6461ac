using System.Diagnostics.Metrics;
using HealLink.Core.Messaging;

namespace HealLink.Core.Service.Metrics;

/// <summary>
/// The service's own instruments, on the meter "HealLink": what operators watch to see it working. Only counts,
/// kinds and durations are recorded; never text, ids of people or chats (tags are a platform or a failure kind).
/// </summary>
public sealed class HealLinkMetrics : IDisposable
{
    public const string MeterName = "HealLink";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _updatesHandled;
    private readonly Counter<long> _messagesRelayed;
    private readonly Counter<long> _messagesSent;
    private readonly Counter<long> _sendFailures;
    private readonly Counter<long> _crisisFlags;
    private readonly Histogram<double> _matchDuration;
    private readonly Histogram<double> _embeddingDuration;

    /// <param name="meterFactory">The host's; without one (a test, a tool) the meter is this object's own.</param>
    public HealLinkMetrics(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _updatesHandled = _meter.CreateCounter<long>("heallink.updates.handled", "{update}", "Platform updates handled and committed (redeliveries not counted)");
        _messagesRelayed = _meter.CreateCounter<long>("heallink.messages.relayed", "{message}", "Messages passed from one person of a conversation to the other");
        _messagesSent = _meter.CreateCounter<long>("heallink.outbox.sent", "{message}", "Outbox messages the platform accepted");
        _sendFailures = _meter.CreateCounter<long>("heallink.outbox.send_failures", "{failure}", "Failed send attempts, by kind: retry, unreachable, permanent");
        _crisisFlags = _meter.CreateCounter<long>("heallink.crisis_flags.raised", "{flag}", "Crisis flags raised for coordinators");
        _matchDuration = _meter.CreateHistogram<double>("heallink.match.duration", "s", "Time to answer a matching request (ranking and cards)");
        _embeddingDuration = _meter.CreateHistogram<double>("heallink.embedding.duration", "s", "Time to embed one batch of texts");
    }

    public void UpdateHandled(Platform platform) => _updatesHandled.Add(1, PlatformTag(platform));

    public void Relayed(int count)
    {
        if (count > 0)
        {
            _messagesRelayed.Add(count);
        }
    }

    public void CrisisFlagsRaised(int count)
    {
        if (count > 0)
        {
            _crisisFlags.Add(count);
        }
    }

    public void Sent(Platform platform) => _messagesSent.Add(1, PlatformTag(platform));

    public void SendFailed(Platform platform, SendFailureKind kind) =>
        _sendFailures.Add(1, PlatformTag(platform), new KeyValuePair<string, object?>("kind", KindTag(kind)));

    public void MatchAnswered(TimeSpan elapsed) => _matchDuration.Record(elapsed.TotalSeconds);

    public void Embedded(TimeSpan elapsed) => _embeddingDuration.Record(elapsed.TotalSeconds);

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }

    private static KeyValuePair<string, object?> PlatformTag(Platform platform) => new("platform", platform switch
    {
        Platform.Telegram => "telegram",
        Platform.Discord => "discord",
        _ => "console",
    });

    private static string KindTag(SendFailureKind kind) => kind switch
    {
        SendFailureKind.Retry => "retry",
        SendFailureKind.Unreachable => "unreachable",
        _ => "permanent",
    };
}
