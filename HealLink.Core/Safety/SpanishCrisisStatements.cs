namespace HealLink.Core.Safety;

/// <summary>
/// Spanish statements for the semantic crisis path, written like <see cref="EnglishCrisisStatements"/>: crises in
/// plain words, and the same words without a crisis. all-MiniLM-L6-v2 learnt English, so it compares Spanish mostly
/// by shared word pieces; its Spanish threshold is higher for that reason (<see cref="SemanticCrisisThresholds"/>).
/// </summary>
internal static class SpanishCrisisStatements
{
    public const string Language = "es";

    public static string[] Crisis =>
    [
        // Saying it outright.
        "Quiero matarme.", "Estoy pensando en suicidarme.", "Quiero morirme.", "Ya no quiero vivir.",
        "Ojalá estuviera muerto.", "Quiero quitarme la vida.", "No aguanto más esta situación, quiero morirme.",
        // Not wanting to be alive, or wanting it all to end.
        "No tengo razones para seguir viviendo.", "No le encuentro sentido a seguir viviendo.",
        "No puedo seguir viviendo así.", "Me rindo, ya no quiero seguir.",
        "Quiero que todo se acabe, yo también.", "Morir sería un alivio.", "Ojalá no despertara nunca.",
        "Quiero dormirme para siempre.", "Quiero desaparecer para siempre.",
        // Being a burden, better gone.
        "Mi familia estaría mejor sin mí.", "Soy una carga y sería mejor que no existiera.",
        "Soy un estorbo, estarían mejor si me muriera.",
        // Plans, means and preparation; stopping treatment so that it ends.
        "Tengo un plan para acabar con mi vida.", "Esta noche voy a terminar con todo.",
        "He estado guardando pastillas para tomármelas todas.", "Voy a tomarme todas las pastillas.",
        "Pienso en tirarme de un puente.", "Voy a dejar la medicación para morirme.",
        "Estoy pensando en dejar la diálisis para que todo acabe.", "Escribí cartas de despedida a mi familia.",
        "Estoy regalando mis cosas porque ya no las voy a necesitar.",
        // Hurting oneself.
        "Me estoy haciendo daño a propósito.", "Me corto los brazos.",
        // Someone they care for, at risk now.
        "Mi hijo dice que se quiere matar.", "Mi hija se está haciendo cortes.",
    ];

    public static string[] Benign =>
    [
        // Fear of dying in surgery, and wanting to live.
        "No quiero morirme, quiero vivir.", "No me quiero morir, quiero vivir por mis hijos.",
        "Quiero seguir viviendo por mi familia.", "Quiero vivir una vida normal.",
        "Tengo miedo de morir en la operación.", "Tengo miedo de no sobrevivir a la cirugía.",
        "Me da miedo no despertar de la anestesia.", "Me preocupa morirme esperando un trasplante.",
        "Estoy muerta de miedo por la cirugía.",
        // Idioms and gallows humour.
        "Este dolor me está matando.", "Me muero de ganas de volver a casa.", "Me muero de hambre.",
        "Me muero de aburrimiento.", "Me muero de frío y de sueño.", "Si la operación no me mata, la espera sí.",
        // Tired, sad or fed up with something named.
        "Estoy cansada de la diálisis.", "Me siento sola y cansada.", "Me siento una carga para mi familia.",
        "Quiero que termine el dolor.", "Quiero que se acabe esta semana.",
        // Someone else's death.
        "Mi abuelo murió después de la cirugía.",
    ];
}
