using HealLink.Core.Messaging;
using HealLink.Core.People;

namespace HealLink.Core.Conversations;

/// <summary>The Spanish column of <see cref="ConversationCopy"/>.</summary>
internal sealed class SpanishConversationCopy : ConversationCopy
{
    /// <summary>The summary's "Find my match" button, which other messages name too.</summary>
    private static string FindMatchLabel => Onboarding.OnboardingCopy.Spanish.FindMatchLabel;

    private const string About =
        "HealLink te pone en contacto con una persona voluntaria que ya pasó por el mismo procedimiento, para darte apoyo "
        + "entre pares: alguien con quien hablar que te entiende.\n"
        + "No es consejo médico ni un servicio de emergencias: para preguntas médicas, consulta a tu equipo médico. "
        + "En una emergencia, llama al número de emergencias de tu zona.\n";

    private const string CommandsLead = "Puedes usar: /start para empezar o continuar · ";

    // The commands both roles have, after those of each role.
    private const string CommandsTail =
        "/icebreaker para tener ideas con las que abrir una conversación · "
        + "/end para terminar una conversación · /report si algo va mal · /block para que alguien deje de contactarte · "
        + "/back para volver a la pregunta anterior · /cancel para parar por ahora · "
        + "/timezone para que nada te llegue de noche · /language para hablar en inglés o en español · "
        + "/export para ver todo lo que guardamos sobre ti · "
        + "/delete para borrarlo · /help para ver este mensaje.";

    public override string CommandList =>
        CommandsLead
        + "/profile para ver tus respuestas · /edit para cambiar una · /match para encontrar a tu mentor · "
        + "/browse para ver los mentores por tu cuenta · /mentor para ver a tu mentor o tu solicitud · "
        + CommandsTail;

    public override string MentorCommandList =>
        CommandsLead
        + "/profile para ver tus respuestas y tu revisión · /edit para cambiar una · "
        + "/mentees para ver tus conversaciones y solicitudes · /switch para elegir a quién le llega lo que escribes · "
        + CommandsTail;

    public override string Help => About + CommandList;

    public override string MentorHelp => About + MentorCommandList;

    // Which text a role reads is the base's choice; the texts it chooses from are the Spanish ones above.
    public override string HelpFor(Role? role) => base.HelpFor(role);

    public override string CommandListFor(Role? role) => base.CommandListFor(role);

    public override string ExportLead =>
        "Aquí tienes todo lo que HealLink guarda sobre ti. Solo tú lo ves; no se queda en nuestra cola de mensajes una vez que te llega.";

    public override string EraseQuestion =>
        "Esto borra todo lo que HealLink guarda sobre ti: tu perfil y tu historia, tus respuestas, tus solicitudes y "
        + "conversaciones, y los mensajes que escribiste (a quien estuviera hablando contigo le diremos, de forma neutral, "
        + "que la conversación terminó). No se puede deshacer. ¿Quieres borrar todo?";

    public override string EraseYes => "Sí, borrar todo";

    public override string EraseNo => "No, conservarlo";

    public override string EraseStale => "Ese botón es de un mensaje anterior, así que no se borró nada.";

    public override string Erased =>
        "Listo: borramos todo lo que HealLink guardaba sobre ti. Gracias por el tiempo que pasaste aquí. "
        + "Si algún día vuelves a escribir, empezarás desde cero.";

    public override string RequestEndedByErasure =>
        "La persona a la que escribiste ya no puede recibir solicitudes, así que la tuya terminó; no tiene nada que ver "
        + $"contigo. Toca «{FindMatchLabel}» para buscar de nuevo.";

    public override string WelcomeBack => "¡Qué bueno verte de nuevo! Sigamos donde lo dejaste.";

    public override string Paused => "Hiciste una pausa; envía /start para continuar.";

    public override string PausedNow =>
        "De acuerdo, hacemos una pausa aquí. Tus respuestas hasta ahora quedan guardadas; envía /start para seguir donde lo dejaste.";

    public override string NothingToCancel => "Ahora mismo no hay nada que cancelar.";

    public override string NothingChanged => "De acuerdo, no cambió nada.";

    public override string AfterCrisis =>
        "No hay ninguna prisa con las preguntas, y no guardé lo que acabas de escribir como respuesta. "
        + "Cuando te sientas con ánimo, aquí es donde estábamos:";

    public override string StaleButton => "Ese botón es de una pregunta anterior; aquí es donde estamos ahora:";

    public override string UnknownButton => "Perdona, no entendí ese botón; aquí es donde estamos ahora:";

    public override string TextOnly => "Aquí solo puedo leer texto. ¿Podrías escribir tu respuesta?";

    public override string TextOnlyIdle => "Aquí solo puedo leer texto.";

    public override string FirstQuestion => "Esta es la primera pregunta, así que no hay ninguna anterior a la que volver.";

    public override string NoQuestion => "Ahora mismo no hay ninguna pregunta a la que volver.";

    public override string NoProfileYet => "Todavía no tenemos un perfil tuyo. Empecemos uno.";

    public override string ProfileNotStarted => "Tu perfil todavía no está terminado: acabamos de empezar.";

    public override string EditAfterFinishing =>
        "Podrás cambiar cualquier respuesta cuando termines tu perfil; mientras tanto, «Atrás» te lleva a la pregunta anterior.";

    public override string MatchIsForMentees =>
        $"«{FindMatchLabel}» es para quienes buscan acompañamiento. Tú acompañas a otras personas: "
        + "te escribiremos por aquí cuando alguien quiera hablar contigo.";

    public override string MatchAfterFinishing => "Primero terminemos tu perfil; después podrás buscar a tu mentor.";

    public override string MentorPending => "El equipo de coordinación está revisando tu perfil; te escribiremos por aquí.";

    public override string MentorApproved =>
        "Ya está todo listo para que acompañes a otras personas. Te escribiremos por aquí cuando alguien quiera hablar contigo.";

    public override string MentorInactive =>
        "Tu perfil de mentor no está activo en este momento. Envía /profile para verlo, o /help para más información.";

    public override Button ContinueButton => new("Continuar", ButtonPayload.Action(BotCommand.Start));

    public override string ReadyToMatch => $"Cuando quieras, toca «{FindMatchLabel}».";

    public override string LanguageQuestion => "¿En qué idioma prefieres que te hable? · Which language would you like me to use?";

    public override string LanguageChosen => "Listo: a partir de ahora te hablaré en español. /language lo cambia.";

    public override Button FindMatchButton => new(FindMatchLabel, ButtonPayload.Action(BotCommand.Match));

    public override string UnknownCommand(string name, Role? role) =>
        $"Todavía no conozco el comando {name}.\n{CommandListFor(role)}";

    public override string Greeting(string? name) =>
        name is null ? "Hola, qué bueno verte de nuevo." : $"Hola, {name}, qué bueno verte de nuevo.";

    public override string ProfileSoFar(string summary, bool paused) =>
        "Tu perfil todavía no está terminado; esto es lo que nos contaste hasta ahora:\n\n" + summary
        + (paused
            ? "\n\nEnvía /start para seguir donde lo dejaste."
            : "\n\nSigamos aquí abajo, o envía /start cuando quieras para retomar desde aquí.");

    public override string ProfileShown(string summary) => "Este es tu perfil:\n\n" + summary + "\n\nEnvía /edit para cambiar algo.";

    public override string ReviewStatus(VettingStatus? status) => status switch
    {
        VettingStatus.Approved => "Revisión: perfil aprobado. Las personas que encajan contigo pueden pedir hablar contigo.",
        VettingStatus.Rejected => "Revisión: por ahora, tu perfil de mentor no fue aprobado.",
        VettingStatus.Suspended =>
            "Revisión: el equipo de coordinación pausó tu perfil de mentor, así que por ahora no te presentaremos a nadie.",
        _ => "Revisión: pendiente del equipo de coordinación, normalmente en unos pocos días. Te escribiremos por aquí.",
    };

    public override string ProfileSaved(string summary) =>
        "Guardado. Así queda tu perfil:\n\n" + summary + "\n\nEnvía /edit para cambiar otra cosa.";
}
