using HealLink.Core.Conversations;
using HealLink.Core.Languages;
using HealLink.Core.Messaging;

namespace HealLink.Core.Connections;

/// <summary>The Spanish column of <see cref="ConnectionCopy"/>.</summary>
internal sealed class SpanishConnectionCopy : ConnectionCopy
{
    public override string Disclaimer =>
        "HealLink te pone en contacto con alguien que ya pasó por esto. No es profesional de la salud: para preguntas médicas, consulta a tu equipo médico.";

    public override string Suspended =>
        "El equipo de coordinación pausó tu cuenta, así que por ahora no podemos pasar mensajes ni buscarte conexiones. "
        + "Si crees que es un error, responde /help.";

    public override string NoConversation => "Ahora mismo no tienes ninguna conversación abierta.";

    public override string IcebreakerWhichConversation => "Primero elige con quién estás hablando (/switch) y luego vuelve a probar /icebreaker.";

    public override string ConversationGone => "Esa conversación ya terminó, así que no se envió nada.";

    public override string RequestGone => "Esa solicitud ya tuvo respuesta o terminó; no cambió nada.";

    public override string WhichConversation => "Estás hablando con más de una persona. ¿Para quién es este mensaje? (Lo guardo hasta que elijas).";

    public override string EditNotPassedOn =>
        "Vi que editaste un mensaje. Las ediciones no cambian las respuestas ya guardadas; para cambiar una, usa /edit.";

    public override string CannotPassOn(string kind) => kind == UnsupportedInput.SeveralFiles
        ? "Puedo pasar un archivo por mensaje. ¿Podrías enviarlos de uno en uno? No se compartió nada de lo que enviaste."
        : $"Puedo pasar texto, fotos, notas de voz, videos, documentos y stickers, pero no {SpanishMediaKinds.WithA(kind)}: "
            + "podría mostrar dónde estás o cómo contactarte. Así tu conversación sigue siendo privada.";

    public override string Edited(string name, string text) => $"{name} editó un mensaje: {text}";

    public override string SentMedia(string name, string kind) => $"{name} envió {SpanishMediaKinds.WithA(kind)}:";

    public override string MediaNotCarried(string otherName, string kind) =>
        $"No puedo hacerle llegar {SpanishMediaKinds.WithThis(kind)} a {otherName}. ¿Podrías contárselo en un mensaje?";

    public override string MediaNotCarriedToOther(string senderName, string kind, string? caption) =>
        $"{senderName} envió {SpanishMediaKinds.WithA(kind)} que no puedo hacerte llegar."
        + (string.IsNullOrWhiteSpace(caption) ? "" : $" Junto con eso escribió: {caption}");

    public override string ChooseConversation => "¿Con quién te gustaría hablar? Lo próximo que escribas le llegará a esa persona.";

    public override string Requested(string mentorName, TimeSpan expiry) =>
        $"Le envié tu solicitud a {mentorName}. Los mentores suelen responder en menos de un día. Te escribiré por aquí en cuanto "
        + $"responda, y si no puede hacerlo en {SpanishDurations.InWords(expiry)}, te ayudaré "
        + "a encontrar a otra persona. Mientras tanto, puedes seguir mirando.";

    public override string Accepted => "Gracias por decir que sí.";

    public override string NotAFitLabel => "No es la persona adecuada para mí";

    public override string NoTimeLabel => "Ahora no tengo tiempo";

    public override string SomethingElseLabel => "Otro motivo";

    public override string AtCapacity =>
        "Ya estás hablando con todas las personas que dijiste que podías acompañar. Para aceptar, primero termina una "
        + "conversación con /end, o aumenta cuántas personas puedes acompañar con /edit.";

    public override string MenteeTaken =>
        "Esta persona acaba de empezar a hablar con otro mentor, así que la solicitud terminó. Gracias por tu disposición.";

    public override string DeclineAcknowledged =>
        "Gracias por avisarme; le buscaré a otra persona. Si quieres, cuéntale al equipo de coordinación por qué (solo lo usan "
        + "para hacer mejores conexiones; la otra persona nunca lo ve):";

    public override string DeclineReasonThanks => "Gracias, queda anotado.";

    public override string Withdrawn => "De acuerdo, retiramos tu solicitud. Puedes buscar a otra persona cuando quieras.";

    public override string WithdrawnForMentor => "La persona que pidió hablar contigo retiró su solicitud; no tienes que hacer nada.";

    public override string Declined =>
        "La persona a la que escribiste no puede asumirlo ahora mismo; no tiene nada que ver contigo: la vida de quienes "
        + "hacen voluntariado a veces se complica. Busquemos a otra persona.";

    public override string Expired =>
        "La persona a la que escribiste no pudo responder a tiempo, y lo siento. No tiene nada que ver contigo. Busquemos a otra persona.";

    // The base knows the default expiry and says it through the Spanish ExpiredForMentorAfter below.
    public override string ExpiredForMentor => base.ExpiredForMentor;

    public override string ExpiredForMentorAfter(TimeSpan expiry) =>
        $"Una solicitud para hablar contigo terminó porque no tuvo respuesta en {SpanishDurations.InWords(expiry)}. "
        + "No pasa nada: te avisaremos cuando alguien más te escriba.";

    public override string RatingQuestion => "¿Cuánto te ayudó esta conversación? (1 = nada, 5 = mucho)";

    public override string CommentQuestion =>
        $"Gracias. Si quieres agregar unas palabras, escríbelas ahora; solo las ve el equipo de coordinación. O toca «{NoCommentLabel}».";

    public override string NoCommentLabel => "Sin comentarios";

    public override string CommentThanks => "Gracias, eso nos ayuda a conectar mejor a las personas.";

    public override string Reported =>
        "Gracias por contárnoslo. Le pasé los últimos mensajes de la conversación al equipo de coordinación, que lo va a revisar. "
        + "Si prefieres no seguir hablando, /block termina la conversación.";

    public override string CrisisNoteForOther =>
        "Por el mensaje de arriba, parece que esta persona puede estar pasando por algo muy difícil. No tienes que hacerte cargo "
        + "de esto por tu cuenta: ya recibió números de líneas de crisis, y está bien animarla con cariño a usarlos.";

    public override string NothingToWithdraw => "No hay ninguna solicitud esperando respuesta.";

    public override string LookAgainLabel => "Buscar a otra persona";

    public override Button LookAgainButton => new(LookAgainLabel, ButtonPayload.Action(BotCommand.Match));

    public override string RequestCard(string menteeName, string facts, string? excerpt, IReadOnlyList<string> why, TimeSpan expiry) =>
        $"{menteeName} quiere hablar contigo.\n{facts}"
        + (excerpt is null ? "" : $"\n«{excerpt}»")
        + (why.Count == 0 ? "" : "\nPor qué tú: " + string.Join(" ", why))
        + $"\n¿Quieres conectar? Si no respondes en {SpanishDurations.InWords(expiry)}, la solicitud termina y le buscaremos a otra persona.";

    public override IReadOnlyList<IReadOnlyList<Button>> AnswerButtons(long connectionId) =>
        [[new Button("Aceptar", ButtonPayload.Accept(connectionId)), new Button("Rechazar", ButtonPayload.Decline(connectionId))]];

    // The base knows the default time left and says it through the Spanish Reminder below.
    public override string Reminder(string menteeName) => base.Reminder(menteeName);

    public override string Reminder(string menteeName, TimeSpan remaining) =>
        $"{menteeName} todavía espera poder hablar contigo; la solicitud termina en {SpanishDurations.InWords(remaining)} si no tiene respuesta.";

    public override string Introduction(string otherName, string about) =>
        $"Ya estás en contacto con {otherName}. 🌱\n{about}\n\n{Disclaimer}";

    public override string HowToBegin(string icebreaker) =>
        $"Para empezar: {icebreaker}\n"
        + "Solo escribe aquí: yo le paso tus mensajes, sin tu nombre de usuario ni tu número. /end termina la conversación, "
        + "/report avisa al equipo de coordinación si algo va mal.";

    public override string AcceptedForMentee(string mentorName) => $"Buenas noticias: ¡{mentorName} dijo que sí!";

    // The same in every language: a name and the person's own words.
    public override string Relayed(string senderName, string text) => $"{senderName}: {text}";

    public override string NowTalkingWith(string name) => $"Ahora hablas con {name}: lo que escribas le llegará a esa persona.";

    public override string EndQuestion(string name) => $"¿Terminar tu conversación con {name}? A las dos partes les preguntaremos cómo fue.";

    public override string EndLabel(string name) => $"Terminar con {name}";

    public override string KeepTalkingLabel => "Seguir hablando";

    public override string EndedByYou(string name) => $"Tu conversación con {name} terminó. Gracias por dedicarle tu tiempo.";

    public override string EndedByOther(string name) => $"{name} terminó la conversación. Gracias por el tiempo que se dedicaron.";

    public override string BlockQuestion(string name) =>
        $"¿Bloquear a {name}? Esto termina la conversación, y no volverán a coincidir en HealLink. El equipo de coordinación "
        + "recibe un aviso para comprobar que todo esté bien.";

    public override string BlockLabel(string name) => $"Bloquear a {name}";

    public override string Blocked(string name) =>
        $"Listo: bloqueaste a {name}. La conversación terminó, y no volverán a coincidir en HealLink.";

    // Neutral on purpose, as in English: telling someone they were blocked invites them to look for the person elsewhere.
    public override string EndedNeutrally(string name) => $"Tu conversación con {name} terminó. Gracias por el tiempo que le dedicaste.";

    public override string ReportQuestion(string name) =>
        $"¿Reportar un problema en tu conversación con {name}? El equipo de coordinación verá los últimos mensajes de la conversación.";

    public override string ReportLabel(string name) => $"Reportar la conversación con {name}";

    public override string WithdrawLabel(string name) => $"Retirar la solicitud a {name}";

    public override string Pending(string name) => $"Le enviaste una solicitud a {name} y estás esperando su respuesta.";

    public override string PendingForMentor(string name) => $"{name} está esperando tu respuesta.";

    public override string Talking(string name, bool current) =>
        $"Estás hablando con {name}{(current ? " (lo que escribes le llega a esa persona)" : "")}.";

    public override string TalkingReminder(IReadOnlyList<string> names) => names.Count == 1
        ? $"Estás hablando con {names[0]}: solo escribe aquí para hablarle. /end termina la conversación."
        : $"Estás hablando con {SpanishText.List(names)}: con /switch eliges a quién le llega lo que escribes.";

    public override string LeftHealLink(string name) =>
        $"{name} dejó HealLink, así que la conversación terminó; no tiene nada que ver contigo. Gracias por el tiempo que le dedicaste.";

    public override string CannotReach(string name) =>
        $"Ahora mismo no puedo comunicarme con {name}: quizá pausó HealLink o dejó la aplicación. Guardo tu mensaje; "
        + "si prefieres terminar, /end cierra la conversación.";

    public override string ReplyLabel(string name) => $"Responder a {name}";

    public override string TalkLabel(string name) => $"Hablar con {name}";
}
