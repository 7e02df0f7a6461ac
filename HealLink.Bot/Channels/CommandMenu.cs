namespace HealLink.Bot.Channels;

/// <summary>
/// The commands this version understands, as each platform lists them beside the text box (Telegram's command menu,
/// Discord's slash commands). Names are lower case, at most 32 characters; descriptions at most 100.
/// </summary>
internal static class CommandMenu
{
    public static IReadOnlyList<MenuCommand> Commands { get; } =
    [
        new("start", "Begin, or carry on where you left off"),
        new("help", "What HealLink is and what you can do"),
        new("profile", "See your answers"),
        new("edit", "Change one answer"),
        new("match", "Find my match"),
        new("browse", "Look through mentors yourself"),
        new("mentor", "Your mentor, or the request you've made"),
        new("mentees", "Your conversations and requests (mentors)"),
        new("switch", "Choose who what you type goes to"),
        new("icebreaker", "Three ideas to open a conversation"),
        new("end", "Finish a conversation"),
        new("report", "Tell coordinators something is wrong"),
        new("block", "End a conversation and never be matched again"),
        new("timezone", "Your time zone, so nothing arrives at night"),
        new("language", "English or Spanish · Inglés o español"),
        new("back", "Go back to the previous question"),
        new("cancel", "Stop for now (your answers are kept)"),
        new("export", "See everything we hold about you"),
        new("delete", "Erase everything we hold about you"),
    ];
}

internal sealed record MenuCommand(string Name, string Description);
