namespace HealLink.Core.Onboarding;

/// <summary>The Spanish column of <see cref="DraftMessages"/>.</summary>
internal sealed class SpanishDraftMessages : DraftMessages
{
    public override string FirstPartLabel => "Usar la primera parte";

    public override string ShorterLabel => "Enviaré una más corta";

    public override string Offer(int length, int maxLength, string firstPart) =>
        $"Gracias por escribir todo eso. Tiene {FreeText.Count(length)} caracteres y esta respuesta admite hasta "
        + $"{FreeText.Count(maxLength)}, así que lo guardé como borrador: no se pierde nada.\n"
        + $"Puedo usar la primera parte ({FreeText.Count(FreeText.Length(firstPart))} caracteres), que termina en "
        + $"«{FirstPart.Ending(firstPart)}».\n"
        + "O envía una versión más corta, y usaré esa.";

    public override string SendShorter(int maxLength) =>
        $"Claro. Envíala cuando quieras, de hasta {FreeText.Count(maxLength)} caracteres. "
        + "Mientras tanto, guardo tu versión más larga.";
}
