namespace HealLink.Core.Safety;

/// <summary>
/// Spanish crisis phrases, tuned on the dev part of tests/HealLink.Core.Tests/Safety/Data (never on its test part).
/// Phrases are folded as messages are (lower case, no accents: "mas", "dano"); "*" ends a prefix ("morir*":
/// morir, morirme) or stands for one word. Common phone spellings ("kiero", "qiero") are listed as written.
/// </summary>
internal static class SpanishCrisisPhrases
{
    public static CrisisPhraseList List { get; } = new("es", Phrases, BenignPhrases);

    private static string[] Phrases =>
    [
        // Saying it outright.
        "suicid*", "quitarme la vida", "quitar la vida", "quitarse la vida", "matarme", "me voy a matar",
        "me quiero matar", "quiero morir*", "kiero morir*", "qiero morir*", "queria morir*", "quiere morir",
        "acabar con mi vida", "terminar con mi vida", "ganas de morir*", "pudiera morir*", "poder morir*",
        // Not wanting to be alive.
        "no quiero vivir", "no kiero vivir", "no quiere vivir", "no quiero seguir viviendo",
        "no tengo ganas de vivir", "quedan ganas de vivir", "razones para vivir", "razon para vivir",
        "tengo por que vivir", "veo sentido a la vida", "sentido a vivir", "vida no vale la pena",
        "vida ya no vale la pena", "cansada de vivir", "cansado de vivir", "harta de vivir", "harto de vivir",
        "dejar de existir", "prefiero estar muert*", "prefiero morir*", "preferiria morir*", "mejor muert*",
        "estuviera muert*", "estar muerto", "estar muerta", "ojala me muriera", "ojala no despertara",
        "no despertar nunca", "no quiero despertar", "ya no quiero estar aqui", "aguanto esta vida",
        "aguanto mas esta vida", "no estar vivo", "no estar viva", "no seguir vivo", "no seguir viva",
        "no volver a despertar", "no despertar mas", "dormir para siempre", "dormirme para siempre",
        "cansada de existir", "cansado de existir", "no quiero seguir en este mundo", "no quiero estar en este mundo",
        "dejar de estar aqui", "no me deje despertar", "sobro en este mundo", "estoy de sobra", "quiero irme para siempre",
        "no le veo salida", "no veo salida", "nadie me echaria de menos", "nadie me extranaria",
        // Wanting it all to end, or being gone.
        "acabar con todo", "terminar con todo", "que todo termine", "que todo se acabe", "que se acabe todo",
        "mejor sin mi", "mejor si no estuviera", "si yo no estuviera", "quiero desaparecer",
        // Being a burden, and the people around better for the writer being gone ("carga" alone is not enough).
        "mejor si yo me fuera", "si yo desapareciera", "descansar* si me muer*", "descansar* si me mur*",
        // Plans and means.
        "juntando pastillas", "cartas de despedida", "tirarme por", "tirarme de un", "tirarme del",
        "guardando pastillas", "pastillas guardadas", "guardadas las pastillas", "guardados los calmantes",
        "calmantes guardados", "me tome una sobredosis", "tome una sobredosis", "tomarme una sobredosis",
        "compre una cuerda", "me tome todas las pastillas", "tomarme todas las pastillas", "pense en saltar",
        "saltar por la ventana",
        // Goodbyes said as if for good.
        "no van a saber mas de mi", "no sabran mas de mi", "no vas a saber mas de mi", "mensajes de despedida",
        // Hurting oneself.
        "hacerme dano", "me hago dano", "autolesion*", "cortandome", "me he estado cortando", "me estoy cortando",
        "me sigo cortando", "volvi a cortarme", "cortarme los brazos", "cortarme las venas", "me volvi a cortar",
        "me vuelvo a cortar", "hacerme cortes", "me hago cortes", "haciendo cortes", "hasta sangrar",
        "hasta que sangre", "golpeo la pared", "golpear la pared", "me queme el brazo", "me quemo el brazo",
        "lastimando a proposito", "me lastimo a proposito", "me corto las piernas", "me corto los brazos",
        "me corto las munecas", "hacerme sangre",
        // Someone they speak for at risk now.
        "se quiere matar", "quiere matarse", "se quiere morir", "quiere morirse",
    ];

    // Each guard is a way people say something else with a crisis phrase's words.
    private static string[] BenignPhrases =>
    [
        // Fear of dying in surgery, and hyperbole ("me quiero morir de la vergüenza"), are not a wish to die.
        "no quiero morir*", "no me quiero morir", "morir de verguenza", "morir de la verguenza", "morir de risa",
        "me muero de", "me muero por", "esta para morirse", "estaba para morirse", "muert* de cansancio",
        "muert* de miedo", "muert* de sueno", "muert* de hambre", "muert* de frio", "muert* de risa",
        // Someone else's death, told as news or grief.
        "se suicido", "se quito la vida",
        // Work, medicine and questions around the word.
        "prevencion del suicidio", "causar ideas suicidas", "causar pensamientos suicidas",
        "si tuve pensamientos suicidas", "si he tenido pensamientos suicidas", "nunca tuve pensamientos suicidas",
        "preguntaron por autolesion*", "preguntan por autolesion*", "preguntas sobre autolesion*",
        "depresion y autolesion*",
        // Fear of not waking from the anaesthetic or not living to see something, and a burn from the kitchen.
        "miedo de no volver a despertar", "miedo a no volver a despertar", "miedo no volver a despertar",
        "miedo de no despertar mas", "miedo de no estar viv*", "miedo a no estar viv*", "miedo de no seguir viv*",
        "me queme el brazo con la", "me queme el brazo cocinando",
        // Planning where to die, in palliative care, is not a crisis.
        "quiero morir en casa",
    ];
}
