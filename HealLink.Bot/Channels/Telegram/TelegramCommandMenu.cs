using Telegram.Bot.Types;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>The command menu Telegram shows beside the text box: the commands this version understands.</summary>
internal static class TelegramCommandMenu
{
    public static IReadOnlyList<BotCommand> Commands { get; } =
        [.. CommandMenu.Commands.Select(c => new BotCommand { Command = c.Name, Description = c.Description })];

    /// <summary>The same menu for people whose Telegram is set to Spanish (setMyCommands with language_code "es").</summary>
    public static IReadOnlyList<BotCommand> Spanish { get; } =
        [.. CommandMenu.Commands.Select(c => new BotCommand { Command = c.Name, Description = c.Spanish })];

    public const string SpanishCode = "es";
}
