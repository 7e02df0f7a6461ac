using System.Globalization;
using HealLink.Core.Messaging;

namespace HealLink.Bot.Channels.LocalConsole;

/// <summary>What a typed line means in the terminal: a local command, a button press by number, or a message.</summary>
public abstract record ConsoleInput
{
    private ConsoleInput()
    {
    }

    /// <summary>/as N: type as local person N from now on.</summary>
    public sealed record SwitchTo(LocalPerson Person) : ConsoleInput;

    /// <summary>/as with something that is not a person's number.</summary>
    public sealed record BadSwitch : ConsoleInput;

    /// <summary>/who: list the local people.</summary>
    public sealed record ListPeople : ConsoleInput;

    /// <summary>/quit, /exit, or the end of input.</summary>
    public sealed record Quit : ConsoleInput;

    /// <summary>Nothing typed: no message to send.</summary>
    public sealed record Blank : ConsoleInput;

    /// <summary>For the bot: typed text or a pressed button.</summary>
    public sealed record Message(InboundContent Content) : ConsoleInput;

    /// <summary>
    /// Reads one line. A whole number that names a button of <paramref name="keyboard"/> (the latest buttons shown
    /// to the person typing) presses it; any other line is text for the bot, commands included.
    /// </summary>
    public static ConsoleInput Parse(string? line, IReadOnlyList<Button> keyboard)
    {
        if (line is null)
        {
            return new Quit();
        }

        var text = line.Trim();
        if (text.Length == 0)
        {
            return new Blank();
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        switch (words[0].ToLowerInvariant())
        {
            case "/quit" or "/exit":
                return new Quit();
            case "/who":
                return new ListPeople();
            case "/as":
                return words is [_, var number] && TryParseNumber(number, LocalPerson.MaxNumber, out var person)
                    ? new SwitchTo(new LocalPerson(person))
                    : new BadSwitch();
        }

        return TryParseNumber(text, keyboard.Count, out var index)
            ? new Message(new ButtonPress(keyboard[index - 1].Payload))
            : new Message(new TextInput(line));
    }

    private static bool TryParseNumber(string text, int max, out int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= 1 && number <= max;
}
