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
}
