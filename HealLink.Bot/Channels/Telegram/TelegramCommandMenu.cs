using HealLink.Bot.Channels.Telegram.Api;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>The command menu Telegram shows beside the text box: the commands this version understands.</summary>
internal static class TelegramCommandMenu
{
    public static IReadOnlyList<BotCommandInfo> Commands { get; } =
    [
        new("start", "Begin, or carry on where you left off"),
        new("help", "What HealLink is and what you can do"),
        new("profile", "See your answers"),
        new("edit", "Change one answer"),
        new("match", "Find my match"),
        new("browse", "Look through mentors yourself"),
        new("back", "Go back to the previous question"),
        new("cancel", "Stop for now (your answers are kept)"),
    ];
}
