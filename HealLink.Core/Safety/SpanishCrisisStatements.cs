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
        "Quiero dormirme para siempre.", "Quiero desaparecer para siempre.", "Tengo ganas de morirme.",
        "Estoy cansada de existir.", "Solo estoy esperando la muerte y quiero adelantarla.",
        "Me daría igual no despertar mañana.", "Ya no puedo más con nada, me rindo.",
        "No quiero seguir en este mundo.", "Preferiría no estar vivo.",
        "Me rindo, ya no puedo seguir luchando.", "Pronto no voy a ser un problema para nadie.",
        "Quiero irme con mi esposo que ya murió.", "Todo sería más fácil si yo no estuviera viva.",
        "La única salida que veo es la muerte.",
        // Being a burden, better gone.
        "Mi familia estaría mejor sin mí.", "Soy una carga y sería mejor que no existiera.",
        "Soy un estorbo, estarían mejor si me muriera.", "El mundo estaría mejor sin mí.",
        "Todos estarían aliviados si me muriera.", "Mis hijos estarían mejor sin mí.",
        "Le cuesto demasiado a mi familia, estarían mejor si me muriera.",
        // Plans, means and preparation; stopping treatment so that it ends.
        "Tengo un plan para acabar con mi vida.", "Esta noche voy a terminar con todo.",
        "He estado guardando pastillas para tomármelas todas.", "Voy a tomarme todas las pastillas.",
        "Pienso en tirarme de un puente.", "Voy a dejar la medicación para morirme.",
        "Estoy pensando en dejar la diálisis para que todo acabe.", "Escribí cartas de despedida a mi familia.",
        "Estoy regalando mis cosas porque ya no las voy a necesitar.",
        "Busqué cuántas pastillas necesito para morir.", "Ya pensé dónde y cómo hacerlo.",
        "Tengo pastillas escondidas para cuando esté lista.", "Compré una cuerda para ahorcarme.",
        "Gracias por todo, no van a saber más de mí.", "Este es mi último mensaje, adiós a todos.",
        "Ya dejé todo en orden y me despedí de todos.",
        // Hurting oneself.
        "Me estoy haciendo daño a propósito.", "Me corto los brazos.", "Me quemo la piel a propósito.",
        "Me golpeo hasta sangrar.", "Una vez tomé una sobredosis a propósito.",
        // Someone they care for, at risk now.
        "Mi hijo dice que se quiere matar.", "Mi hija se está haciendo cortes.",
        "Mi padre está regalando sus cosas y despidiéndose de todos.",
        "Mi amiga me dijo que esta noche se va a quitar la vida.", "Mi hermano dice que estaría mejor muerto.",
    ];

    public static string[] Benign =>
    [
        // Fear of dying in surgery, and wanting to live.
        "No quiero morirme, quiero vivir.", "No me quiero morir, quiero vivir por mis hijos.",
        "Quiero seguir viviendo por mi familia.", "Quiero vivir una vida normal.",
        "Tengo miedo de morir en la operación.", "Tengo miedo de no sobrevivir a la cirugía.",
        "Me da miedo no despertar de la anestesia.", "Me preocupa morirme esperando un trasplante.",
        "Estoy muerta de miedo por la cirugía.", "Tengo miedo de que el órgano nuevo falle y me muera igual.",
        "Tengo mucho por qué vivir, quiero salir bien de la operación.",
        "Tengo terror de morirme en el quirófano.",
        // Idioms and gallows humour.
        "Este dolor me está matando.", "Me muero de ganas de volver a casa.", "Me muero de hambre.",
        "Me muero de aburrimiento.", "Me muero de frío y de sueño.", "Si la operación no me mata, la espera sí.",
        "Me muero de risa con ese chiste.", "La enfermera me dio un susto de muerte.",
        // Tired, sad or fed up with something named.
        "Estoy cansada de la diálisis.", "Me siento sola y cansada.", "Me siento una carga para mi familia.",
        "Quiero que termine el dolor.", "Quiero que se acabe esta semana.", "Estoy cansada de estar cansada.",
        "Odio ser una carga para mi familia desde la operación.",
        // Someone else's death.
        "Mi abuelo murió después de la cirugía.", "Mi padre murió en una operación cuando yo era niña.",
        // Medicine, and goodbyes that are not for good.
        "En la consulta me preguntaron por autolesiones y dije que nunca.",
        "Este es mi último mensaje antes del trasplante, deséenme suerte.",
        "Estoy dejando los antidepresivos con ayuda de mi psiquiatra.",
    ];
}
