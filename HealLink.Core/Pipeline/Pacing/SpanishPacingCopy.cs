namespace HealLink.Core.Pipeline.Pacing;

/// <summary>The Spanish column of <see cref="PacingCopy"/>.</summary>
public sealed class SpanishPacingCopy : PacingCopy
{
    public override string Slowed =>
        "Estás enviando mensajes muy rápido, así que por ahora los pasaré un poco más despacio. No se pierde nada: "
        + "todo lo que envíes llega, y en orden.";
}
