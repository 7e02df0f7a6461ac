using HealLink.Core.Messaging;
using HealLink.Core.Tests.Conversations;

namespace HealLink.Core.Tests.Pipeline;

/// <summary>
/// Someone chatting through the whole pipeline: each input goes through the processor, then the dispatcher, and
/// what they read is what the platform (<see cref="RecordingSender"/>) received for their chat. They write on that
/// sender's platform.
/// </summary>
/// <param name="updatePrefix">What update ids start with: the user id unless given (a platform's are not the user's).</param>
/// <param name="languageCode">The language their app is set to, as the platform reports it; none unless given.</param>
internal sealed class PipelinePerson(RecordingSender platform, string userId, string? updatePrefix = null, string? languageCode = null)
{
    private int _updates;

    public PipelineHost? Host { get; set; }

    public string UserId => userId;

    public IReadOnlyList<OutboundMessage> Received => platform.DeliveredTo(userId);

    public OutboundMessage Last => Received[^1];

    public Task<IReadOnlyList<OutboundMessage>> SayAsync(string text) => DeliverAsync(new TextInput(text));

    public Task<IReadOnlyList<OutboundMessage>> PressAsync(string label) => DeliverAsync(new ButtonPress(ButtonLabelled(label).Payload));

    /// <summary>Sends an update as the platform would, with the next update id; returns what arrived because of it.</summary>
    public async Task<IReadOnlyList<OutboundMessage>> DeliverAsync(InboundContent content, string? updateId = null)
    {
        var host = Host ?? throw new InvalidOperationException("No host is running");
        var before = Received.Count;
        var message = PipelineHost.Message(userId, content, updateId ?? NextUpdateId(), platform.Platform) with { LanguageCode = languageCode };
        await host.Processor.ProcessAsync(message, CancellationToken.None);
        await host.DispatchAsync();
        return [.. Received.Skip(before)];
    }

    public string NextUpdateId() => $"{updatePrefix ?? userId}-{++_updates}";

    public Task RunAsync(IEnumerable<ChatStep> steps) => steps.PlayAsync(SayAsync, PressAsync);

    /// <summary>The newest button with this label on any message received: every keyboard stays pressable.</summary>
    public Button ButtonLabelled(string label)
    {
        var button = Received.Reverse().SelectMany(m => m.Buttons.SelectMany(row => row))
            .FirstOrDefault(b => b.Label.TrimStart('✓', ' ') == label);
        return button ?? throw new InvalidOperationException(
            $"No button '{label}' in: {string.Join(" | ", Received.Reverse().Take(6).SelectMany(m => m.Buttons.SelectMany(row => row)).Select(b => b.Label))}");
    }
}
