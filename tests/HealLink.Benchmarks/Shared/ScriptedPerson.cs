using HealLink.Core.Messaging;
using HealLink.Core.Tests.Conversations;

namespace HealLink.Benchmarks.Shared;

/// <summary>
/// Someone following a script: turns each step into the update a platform would deliver, pressing buttons by label
/// on the last keyboard they were shown, as a person reading the chat would.
/// </summary>
internal sealed class ScriptedPerson(string userId)
{
    private readonly ChatAddress _chat = new(Platform.Console, userId);
    private IReadOnlyList<IReadOnlyList<Button>> _keyboard = [];
    private int _updates;

    public string UserId => userId;

    public InboundMessage Next(ChatStep step) =>
        new(_chat, userId, $"{userId}-{++_updates}", ContentFor(step), DateTimeOffset.UtcNow);

    public InboundContent ContentFor(ChatStep step) => step switch
    {
        ChatStep.Say say => new TextInput(say.Text),
        ChatStep.Press press => new ButtonPress(ButtonLabelled(press.Label).Payload),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown step"),
    };

    /// <summary>Reads what arrived; a message with buttons becomes the keyboard the next press is made on.</summary>
    public void Read(IEnumerable<IReadOnlyList<IReadOnlyList<Button>>> keyboards)
    {
        foreach (var buttons in keyboards.Where(b => b.Count > 0))
        {
            _keyboard = buttons;
        }
    }

    private Button ButtonLabelled(string label) =>
        _keyboard.SelectMany(row => row).FirstOrDefault(b => b.Label.TrimStart('✓', ' ') == label)
            ?? throw new InvalidOperationException(
                $"{userId} has no button '{label}' in: {string.Join(" | ", _keyboard.SelectMany(row => row).Select(b => b.Label))}");
}
