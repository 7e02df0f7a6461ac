using Telegram.Bot.Types;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>The command menu Telegram shows beside the text box: the commands this version understands.</summary>
internal static class TelegramCommandMenu
{
    public static IReadOnlyList<BotCommand> Commands { get; } =
        [.. CommandMenu.Commands.Select(c => new BotCommand { Command = c.Name, Description = c.Description })];
}
