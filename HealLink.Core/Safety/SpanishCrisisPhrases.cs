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
        "acabar con mi vida", "terminar con mi vida",
        // Not wanting to be alive.
        "no quiero vivir", "no kiero vivir", "no quiere vivir", "no quiero seguir viviendo",
        "no tengo ganas de vivir", "quedan ganas de vivir", "razones para vivir", "razon para vivir",
        "tengo por que vivir", "veo sentido a la vida", "sentido a vivir", "vida no vale la pena",
        "vida ya no vale la pena", "cansada de vivir", "cansado de vivir", "harta de vivir", "harto de vivir",
        "dejar de existir", "prefiero estar muert*", "prefiero morir*", "preferiria morir*", "mejor muert*",
        "estuviera muert*", "estar muerto", "estar muerta", "ojala me muriera", "ojala no despertara",
        "no despertar nunca", "no quiero despertar", "ya no quiero estar aqui", "aguanto esta vida",
        "aguanto mas esta vida",
        // Wanting it all to end, or being gone.
        "acabar con todo", "terminar con todo", "que todo termine", "que todo se acabe", "que se acabe todo",
        "mejor sin mi", "mejor si no estuviera", "si yo no estuviera", "quiero desaparecer",
        // Plans and means.
        "juntando pastillas", "cartas de despedida", "tirarme por", "tirarme de un", "tirarme del",
        // Hurting oneself.
        "hacerme dano", "me hago dano", "autolesion*", "cortandome", "me he estado cortando", "me estoy cortando",
        "me sigo cortando", "volvi a cortarme", "cortarme los brazos", "cortarme las venas",
    ];

    // Each guard is a way people say something else with a crisis phrase's words.
    private static string[] BenignPhrases =>
    [
        // Fear of dying in surgery, and hyperbole ("me quiero morir de la vergüenza"), are not a wish to die.
        "no quiero morir*", "no me quiero morir", "morir de verguenza", "morir de la verguenza", "morir de risa",
        // Someone else's death, told as news or grief.
        "se suicido", "se quito la vida",
        // Work, medicine and questions around the word.
        "prevencion del suicidio", "causar ideas suicidas", "causar pensamientos suicidas",
        "si tuve pensamientos suicidas", "si he tenido pensamientos suicidas", "nunca tuve pensamientos suicidas",
        // Planning where to die, in palliative care, is not a crisis.
        "quiero morir en casa",
    ];
}
