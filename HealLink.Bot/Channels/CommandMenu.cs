namespace HealLink.Bot.Channels;

/// <summary>
/// The commands this version understands, as each platform lists them beside the text box (Telegram's command menu,
/// Discord's slash commands). Names are lower case, at most 32 characters; descriptions at most 100.
/// </summary>
internal static class CommandMenu
{
    public static IReadOnlyList<MenuCommand> Commands { get; } =
    [
        new("start", "Begin, or carry on where you left off", "Empezar, o seguir donde lo dejaste"),
        new("help", "What HealLink is and what you can do", "Qué es HealLink y qué puedes hacer"),
        new("profile", "See your answers", "Ver tus respuestas"),
        new("edit", "Change one answer", "Cambiar una respuesta"),
        new("match", "Find my match", "Buscar con quién hablar"),
        new("browse", "Look through mentors yourself", "Ver los mentores por tu cuenta"),
        new("mentor", "Your mentor, or the request you've made", "Tu mentor, o la solicitud que enviaste"),
        new("mentees", "Your conversations and requests (mentors)", "Tus conversaciones y solicitudes (mentores)"),
        new("switch", "Choose who what you type goes to", "Elegir a quién le llega lo que escribes"),
        new("icebreaker", "Three ideas to open a conversation", "Tres ideas para abrir una conversación"),
        new("end", "Finish a conversation", "Terminar una conversación"),
        new("report", "Tell coordinators something is wrong", "Avisar al equipo de que algo va mal"),
        new("block", "End a conversation and never be matched again", "Terminar una conversación y no volver a coincidir"),
        new("timezone", "Your time zone, so nothing arrives at night", "Tu zona horaria, para que nada te llegue de noche"),
        new("language", "English or Spanish · Inglés o español", "Inglés o español · English or Spanish"),
        new("back", "Go back to the previous question", "Volver a la pregunta anterior"),
        new("cancel", "Stop for now (your answers are kept)", "Parar por ahora (tus respuestas se guardan)"),
        new("export", "See everything we hold about you", "Ver todo lo que guardamos sobre ti"),
        new("delete", "Erase everything we hold about you", "Borrar todo lo que guardamos sobre ti"),
    ];
}

/// <param name="Spanish">The description in Spanish, for people whose app is set to it (Telegram's per-language menu,
/// Discord's description localizations).</param>
internal sealed record MenuCommand(string Name, string Description, string Spanish);
