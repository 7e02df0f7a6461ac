using HealLink.Core.People;

namespace HealLink.Core.Connections.Opening;

internal static class TemplateWordingEs
{
    public static TemplateWording Spanish { get; } = new(
        Someone: "tu pareja de conversación",
        AProcedure: "tratamiento",
        AboutMentor:
        [
            "{0} vivió su propio proceso de {1} y se ofreció a escucharte.",
            "{0} conoce por dentro el proceso de {1} y tiene ganas de hablar contigo.",
            "{0} pasó por su propio proceso de {1} y se ofreció a contarte cómo fue.",
        ],
        AboutMentorWithInterest:
        [
            "{0} vivió su propio proceso de {1}, y además comparten el gusto por {2}.",
            "Tú y {0} tienen en común más que el proceso de {1}: a los dos les gusta {2}.",
        ],
        AboutMentee:
        [
            "{0} está viviendo un proceso de {1}, algo que tú conoces bien.",
            "{0} quería hablar con alguien que ya pasó por un proceso de {1}.",
            "{0} afronta su propio proceso de {1} y esperaba hablar con alguien como tú.",
        ],
        AboutMenteeWithInterest:
        [
            "{0} está viviendo un proceso de {1}, algo que tú conoces bien, y además comparten el gusto por {2}.",
            "Tú y {0} tienen en común más que el proceso de {1}: a los dos les gusta {2}.",
        ],
        MenteeAsks: new Dictionary<Stage, IReadOnlyList<string>>
        {
            [Stage.Preparing] =
            [
                "Podrías preguntarle: ¿qué te habría gustado saber en las semanas de antes?",
                "Una forma sencilla de empezar: ¿qué te ayudó más mientras esperabas?",
            ],
            [Stage.InHospital] =
            [
                "Podrías preguntarle: ¿qué te ayudó a sobrellevar los días en el hospital?",
                "Una forma sencilla de empezar: ¿qué hizo más llevadera tu estancia en el hospital?",
            ],
            [Stage.RecoveringFirstMonths] =
            [
                "Podrías preguntarle: ¿cómo fueron para ti las primeras semanas de recuperación?",
                "Una forma sencilla de empezar: ¿qué te ayudó más en las primeras semanas en casa?",
            ],
            [TemplateWording.Later] =
            [
                "Podrías preguntarle: ¿cómo cambió tu vida después, y qué te sorprendió?",
                "Una forma sencilla de empezar: ¿cómo fueron para ti los meses siguientes?",
            ],
        },
        MentorAsks: new Dictionary<Stage, IReadOnlyList<string>>
        {
            [Stage.Preparing] =
            [
                "Podrías contarle algo de tu experiencia y preguntarle: ¿cómo te sientes ahora que se acerca el día?",
                "Una forma sencilla de empezar: ¿qué es lo que más te preocupa de lo que viene?",
            ],
            [Stage.InHospital] =
            [
                "Podrías preguntarle: ¿cómo van los días en el hospital?",
                "Una forma sencilla de empezar: ¿qué haría el día de hoy un poco más fácil?",
            ],
            [Stage.RecoveringFirstMonths] =
            [
                "Podrías preguntarle: ¿cómo van las primeras semanas de recuperación?",
                "Una forma sencilla de empezar: ¿qué ha sido lo más difícil hasta ahora, y qué te ha ayudado?",
            ],
            [TemplateWording.Later] =
            [
                "Podrías preguntarle: ¿cómo van las cosas estos días?",
                "Una forma sencilla de empezar: ¿de qué te gustaría hablar primero?",
            ],
        },
        Interests: new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Outdoors"] = "la naturaleza",
            ["Cooking"] = "la cocina",
            ["Faith"] = "la fe",
            ["Family"] = "la familia",
            ["Work"] = "el trabajo",
            ["Arts"] = "el arte",
            ["Sport"] = "el deporte",
            ["Gaming"] = "los videojuegos",
            ["Music"] = "la música",
            ["Reading"] = "la lectura",
            ["Pets"] = "los animales",
            ["Travel"] = "viajar",
        },
        SuggestionsLead: "Tres formas de empezar con {0}:",
        MenteeAsksAnyTime:
        [
            "¿Qué fue lo que más te ayudó de verdad?",
            "¿Quién o qué te dio fuerzas en los días difíciles?",
            "¿Qué te habría gustado que te preguntaran entonces?",
            "¿Qué es lo que más disfrutas estos días?",
        ],
        MentorAsksAnyTime:
        [
            "¿De qué te ayudaría más hablar primero?",
            "¿Qué te ha rondado por la cabeza esta semana?",
            "¿Qué te está ayudando a llevar estos días?",
            "¿Qué es lo que más esperas con ilusión?",
        ]);
}
