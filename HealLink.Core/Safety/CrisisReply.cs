using HealLink.Core.Languages;
using HealLink.Core.Messaging;

namespace HealLink.Core.Safety;

/// <summary>
/// What we say, before anything else, when someone's words suggest they may be in crisis: in their language, since
/// this is the message that most needs to be understood at once.
/// </summary>
public static class CrisisReply
{
    // Nobody is alerted yet (there is no flagging), so this must not claim that a coordinator was notified.
    public const string Text =
        "I'm really sorry you're going through this, and thank you for telling us.\n"
        + "If you might act on these thoughts or you're in danger, please contact your local emergency services "
        + "or a crisis line right now.\n"
        + "Your local emergency number — 112 in Europe, 911 in the US and Canada, 999 in the UK.\n"
        + "Crisis lines, free and open day and night: 988 in the US, Samaritans 116 123 in the UK and Ireland, 024 in Spain.\n"
        + "HealLink is peer support, not an emergency service — but you're not alone, and you can keep talking here.";

    // The lines Spanish speakers are most likely to reach: Spain, Mexico, and the US line's Spanish option.
    public const string SpanishText =
        "Siento mucho que estés pasando por esto, y gracias por contárnoslo.\n"
        + "Si crees que podrías hacerte daño o estás en peligro, por favor contacta ahora mismo con los servicios de "
        + "emergencia de tu zona o con una línea de crisis.\n"
        + "Número de emergencias: 112 en España y el resto de Europa, 911 en México, Estados Unidos, Canadá y otros países de América.\n"
        + "Líneas de crisis, gratuitas y abiertas día y noche: 024 en España, Línea de la Vida 800 911 2000 en México, "
        + "988 en Estados Unidos (marca 2 para español).\n"
        + "HealLink es apoyo entre pares, no un servicio de emergencias — pero no estás solo ni sola, y puedes seguir hablando aquí.";

    public static Reply Message { get; } = new(Text);

    public static Reply SpanishMessage { get; } = new(SpanishText);

    public static Reply For(Language language) => language == Language.Spanish ? SpanishMessage : Message;
}
