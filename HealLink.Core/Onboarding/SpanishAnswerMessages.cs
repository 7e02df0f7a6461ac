namespace HealLink.Core.Onboarding;

/// <summary>The Spanish column of <see cref="AnswerMessages"/>.</summary>
internal sealed class SpanishAnswerMessages : AnswerMessages
{
    public override string Empty => "No me llegó ningún texto. ¿Podrías escribir tu respuesta?";

    public override string EmptyOptional => "No me llegó ningún texto. ¿Podrías escribir tu respuesta, o tocar «Omitir»?";

    public override string NoContactDetails =>
        "Por favor, no incluyas enlaces ni datos de contacto: van a hablar a través de HealLink, que cuida la seguridad de ambas partes.";

    public override string TooLong(int maxLength, int length) =>
        $"Es un poco largo. ¿Podrías dejarlo en menos de {FreeText.Count(maxLength)} caracteres? (Tenía {FreeText.Count(length)}).";

    public override string TooShort(int minLength) =>
        $"¿Podrías escribir un poco más? Al menos {FreeText.Count(minLength)} caracteres, por favor.";

    public override string ChooseOne(int optionCount) =>
        $"No lo entendí bien. Toca uno de los botones o escribe su número (1–{optionCount}).";

    public override string OutOfRange(string number, int optionCount) =>
        $"Aquí no hay ninguna opción {FreeText.Shorten(number, 12)}. Elige un número del 1 al {optionCount}, por favor.";

    public override string NotAnOption(string typed, int optionCount) =>
        $"No encontré «{FreeText.Shorten(typed, 40)}» en la lista. Toca las opciones o escribe sus números (1–{optionCount}).";
}
