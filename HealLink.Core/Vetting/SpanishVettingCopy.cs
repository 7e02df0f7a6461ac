namespace HealLink.Core.Vetting;

/// <summary>The Spanish column of <see cref="VettingCopy"/>.</summary>
internal sealed class SpanishVettingCopy : VettingCopy
{
    public override string Approved =>
        "Buenas noticias: el equipo de coordinación aprobó tu perfil de mentor. Gracias por ofrecer tu tiempo. "
        + "Ahora las personas que encajan contigo pueden pedir hablar contigo, y te escribiré por aquí cuando alguien lo haga.";

    public override string Reinstated =>
        "Tu perfil de mentor vuelve a estar activo: las personas que encajan contigo pueden pedir hablar contigo. Gracias por estar aquí.";

    public override string Rejected(string reason) =>
        "Gracias por ofrecerte a ayudar. El equipo de coordinación revisó tu perfil y, por ahora, no puede aprobarlo como mentor.\n"
        + $"Su nota: {reason}\nPuedes cambiar tus respuestas con /edit, y responder /help si tienes preguntas.";

    public override string Suspended(string reason) =>
        "El equipo de coordinación pausó tu perfil de mentor, así que por ahora no te presentaremos a nadie nuevo.\n"
        + $"Su nota: {reason}";

    public override string AccountReinstated =>
        "Tu cuenta vuelve a estar activa: puedes enviar mensajes y recibir propuestas como antes. Gracias por tu paciencia.";

    public override string AccountSuspended(string? note) =>
        "El equipo de coordinación ha pausado tu cuenta por ahora, así que no se pueden pasar mensajes ni proponer personas."
        + (note is null ? "" : $"\nSu nota: {note}")
        + "\nSi crees que es un error, responde /help. Si estás en peligro, llama al número de emergencias de tu zona.";

    public override string CoordinatorNote(string message) =>
        $"Un mensaje del equipo de coordinación de HealLink:\n{message}\n\n"
        + "Lo que respondas aquí le llega al bot, no a la persona coordinadora. Si estás en peligro, llama al número de "
        + "emergencias de tu zona o a una línea de crisis: atienden día y noche.";

    public override string CoordinatorWarning(string message) =>
        "El equipo de coordinación de HealLink ha revisado un reporte sobre una de tus conversaciones.\n"
        + $"Su nota: {message}\n\n"
        + "HealLink es para dar apoyo entre pares con amabilidad y respeto: por favor, no presiones a nadie, no pidas datos "
        + "de contacto ni des consejos médicos. Si vuelve a pasar, tu cuenta podría pausarse.";
}
