using HealLink.Core.Messaging;

namespace HealLink.Bot.Channels.LocalConsole;

/// <summary>
/// The shared terminal: prints the bot's messages with their buttons numbered, and keeps the prompt tidy when a
/// message arrives while someone is typing. Numbers run on across every message a person received since they
/// last typed (three mentor cards and the line after them are 1 to 5), and those are the buttons they can press.
/// </summary>
public sealed class ConsoleTerminal(ConsoleStreams streams)
{
    private const string BotName = "HealLink";
    private const string Separator = " › ";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<Button>> _keyboards = [];
    private readonly HashSet<string> _typedSinceLastMessage = [];
    private LocalPerson _current = new(1);
    private bool _promptShown;

    public LocalPerson Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    public void SwitchTo(LocalPerson person)
    {
        lock (_lock)
        {
            _current = person;
        }
    }

    /// <summary>The buttons shown to <paramref name="person"/> since they last typed; numbers typed by them press these.</summary>
    public IReadOnlyList<Button> KeyboardOf(LocalPerson person)
    {
        lock (_lock)
        {
            return _keyboards.TryGetValue(person.UserId, out var buttons) ? [.. buttons] : [];
        }
    }

    public void Show(OutboundMessage message)
    {
        lock (_lock)
        {
            var chat = message.To.ChatId;
            if (_typedSinceLastMessage.Remove(chat) || !_keyboards.TryGetValue(chat, out var keyboard))
            {
                keyboard = _keyboards[chat] = [];
            }

            var firstNumber = keyboard.Count + 1;
            keyboard.AddRange(message.Buttons.SelectMany(row => row));
            var recipient = LocalPerson.FromUserId(chat);
            var header = recipient is null || recipient == _current ? BotName : $"{BotName} → {recipient}";
            WriteBlock(Indent(header + Separator, message.Text) + NumberedButtons(message.Buttons, firstNumber));
        }
    }

    /// <summary>A line from the terminal itself (not the bot), such as who is typing now.</summary>
    public void Note(string text)
    {
        lock (_lock)
        {
            WriteBlock(Indent("· ", text));
        }
    }

    public void Prompt()
    {
        lock (_lock)
        {
            streams.Output.Write(_current + Separator);
            streams.Output.Flush();
            _promptShown = true;
        }
    }

    /// <summary>The next typed line, or null at the end of input.</summary>
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        // A terminal's reader blocks and ignores cancellation; on shutdown the read is abandoned, not awaited.
        var read = Task.Run(streams.Input.ReadLine, CancellationToken.None);
        await Task.WhenAny(read, Task.Delay(Timeout.Infinite, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        var line = await read;
        lock (_lock)
        {
            _promptShown = false;

            // What they typed answers what they saw: the next message starts a new set of numbers.
            _typedSinceLastMessage.Add(_current.UserId);
        }

        return line;
    }

    private void WriteBlock(string block)
    {
        if (_promptShown)
        {
            // Something arrived while the prompt waited: start on a fresh line and offer the prompt again after.
            streams.Output.WriteLine();
        }

        streams.Output.WriteLine(block);
        if (_promptShown)
        {
            streams.Output.Write(_current + Separator);
        }

        streams.Output.Flush();
    }

    private static string Indent(string lead, string text)
    {
        var padding = new string(' ', lead.Length);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        return lead + string.Join(Environment.NewLine + padding, lines);
    }

    private static string NumberedButtons(IReadOnlyList<IReadOnlyList<Button>> rows, int firstNumber)
    {
        var number = firstNumber - 1;
        var lines = rows.Select(row => "    " + string.Join("   ", row.Select(b => $"[{++number}] {b.Label}")));
        return string.Concat(lines.Select(line => Environment.NewLine + line));
    }
}
