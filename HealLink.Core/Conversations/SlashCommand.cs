using System.Diagnostics.CodeAnalysis;
using HealLink.Core.Onboarding;

namespace HealLink.Core.Conversations;

/// <summary>
/// A typed command: "/profile", "/START", "/start@HealLinkBot payload". <see cref="Command"/> is null for a
/// command we do not know; <see cref="Name"/> is what was typed, for telling the person so.
/// </summary>
internal sealed record SlashCommand(BotCommand? Command, string Name)
{
    private const int MaxShownNameLength = 32;

    /// <summary>Anything starting with "/" and a letter is a command; the rest is an answer.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out SlashCommand? command)
    {
        command = null;
        if (text.Length < 2 || text[0] != '/' || !char.IsLetter(text[1]))
        {
            return false;
        }

        var token = text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0];
        var name = token[1..].Split('@', 2)[0];
        command = new SlashCommand(Known(name), "/" + FreeText.Shorten(name, MaxShownNameLength));
        return true;
    }

    public static BotCommand? Known(string name) =>
        Enum.GetValues<BotCommand>()
            .Select(c => (BotCommand?)c)
            .FirstOrDefault(c => c.ToString()!.Equals(name, StringComparison.OrdinalIgnoreCase));
}
