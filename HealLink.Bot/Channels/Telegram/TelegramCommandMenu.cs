using Telegram.Bot.Types;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>The command menu Telegram shows beside the text box: the commands this version understands.</summary>
internal static class TelegramCommandMenu
{
    public static IReadOnlyList<BotCommand> Commands { get; } =
    [
        new() { Command = "start", Description = "Begin, or carry on where you left off" },
        new() { Command = "help", Description = "What HealLink is and what you can do" },
        new() { Command = "profile", Description = "See your answers" },
        new() { Command = "edit", Description = "Change one answer" },
        new() { Command = "match", Description = "Find my match" },
        new() { Command = "browse", Description = "Look through mentors yourself" },
        new() { Command = "mentor", Description = "Your mentor, or the request you've made" },
        new() { Command = "mentees", Description = "Your conversations and requests (mentors)" },
        new() { Command = "switch", Description = "Choose who what you type goes to" },
        new() { Command = "icebreaker", Description = "Three ideas to open a conversation" },
        new() { Command = "end", Description = "Finish a conversation" },
        new() { Command = "report", Description = "Tell coordinators something is wrong" },
        new() { Command = "block", Description = "End a conversation and never be matched again" },
        new() { Command = "timezone", Description = "Your time zone, so nothing arrives at night" },
        new() { Command = "back", Description = "Go back to the previous question" },
        new() { Command = "cancel", Description = "Stop for now (your answers are kept)" },
        new() { Command = "export", Description = "See everything we hold about you" },
        new() { Command = "delete", Description = "Erase everything we hold about you" },
    ];
}
