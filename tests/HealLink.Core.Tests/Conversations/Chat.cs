using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Conversations;

/// <summary>
/// One person talking to the handler under test, as the pipeline would drive it: the same tracked entities
/// passed in for every input. Presses buttons by label from the latest reply that has them.
/// </summary>
internal sealed class Chat(ConversationHandler sut)
{
    public Person Person { get; } = new() { Id = 7 };

    public Profile Profile { get; } = new() { PersonId = 7 };

    public ConversationState State { get; } = new() { PersonId = 7, Mode = ConversationMode.Onboarding };

    public List<Reply> Transcript { get; } = [];

    public IReadOnlyList<Reply> LastReplies { get; private set; } = [];

    public IReadOnlyList<ConversationIntent> LastIntents { get; private set; } = [];

    public Reply Last => LastReplies[^1];

    public IReadOnlyList<Reply> Send(string text) => Deliver(new TextInput(text));

    public IReadOnlyList<Reply> Deliver(InboundContent content)
    {
        var outcome = sut.HandleTurn(new ConversationContext(Person, Profile, State), content);
        LastReplies = outcome.Replies;
        LastIntents = outcome.Intents;
        Transcript.AddRange(LastReplies);
        return LastReplies;
    }

    public void Run(IEnumerable<ChatStep> steps)
    {
        foreach (var step in steps)
        {
            _ = step switch
            {
                ChatStep.Say say => Send(say.Text),
                ChatStep.Press press => Press(press.Label),
                _ => throw new ArgumentOutOfRangeException(nameof(steps), step, "Unknown step"),
            };
        }
    }

    public IReadOnlyList<Reply> PressPayload(string payload) => Deliver(new ButtonPress(payload));

    /// <summary>Presses the button with this label (a leading ✓ ignored) on the latest keyboard.</summary>
    public IReadOnlyList<Reply> Press(string label) => PressPayload(ButtonLabelled(label).Payload);

    public Button ButtonLabelled(string label)
    {
        var keyboard = Transcript.Last(r => r.Buttons.Count > 0);
        return keyboard.AllButtons.FirstOrDefault(b => b.Label.TrimStart('✓', ' ') == label)
            ?? throw new InvalidOperationException(
                $"No button '{label}' in: {string.Join(" | ", keyboard.AllButtons.Select(b => b.Label))}");
    }

    public IReadOnlyList<string> LastLabels => [.. Transcript.Last(r => r.Buttons.Count > 0).AllButtons.Select(b => b.Label)];
}
