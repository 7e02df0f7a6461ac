namespace HealLink.Core.Connections.Timing;

/// <summary>The Spanish column of <see cref="CheckInCopy"/>.</summary>
internal sealed class SpanishCheckInCopy : CheckInCopy
{
    public override string GoingWellLabel => "Va bien";

    public override string RatherEndLabel => "Prefiero dejarlo";

    public override string Question(string mentorName) =>
        $"¿Cómo van las cosas con {mentorName}? Espero que estas conversaciones te estén ayudando. 🌱\n"
        + "No tienes que hacer nada: sigue escribiendo aquí cuando quieras. "
        + "Si no está funcionando, también está bien: /end cierra la conversación con amabilidad, "
        + "y /report avisa al equipo de coordinación si algo no te pareció bien.";
}
