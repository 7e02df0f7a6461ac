namespace HealLink.Core.Messaging;

/// <summary>A message to the person being talked to: text and optional rows of buttons.</summary>
public sealed record Reply(string Text, IReadOnlyList<IReadOnlyList<Button>> Buttons)
{
    public Reply(string text)
        : this(text, [])
    {
    }

    public IEnumerable<Button> AllButtons => Buttons.SelectMany(row => row);
}
