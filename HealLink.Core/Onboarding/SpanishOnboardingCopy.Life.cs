using HealLink.Core.People;

namespace HealLink.Core.Onboarding;

/// <summary>The second half of <see cref="SpanishOnboardingCopy"/>: life, mentor questions, the summary and /timezone.</summary>
internal sealed partial class SpanishOnboardingCopy
{
    // Keyed by option key; what is stored stays the English label ("Spanish", "Cooking").
    private static readonly IReadOnlyList<ChoiceOption> _languageOptions = OptionLists.Relabel(
        OptionLists.Languages,
        new Dictionary<string, string>
        {
            ["en"] = "Inglés", ["es"] = "Español", ["fr"] = "Francés", ["de"] = "Alemán", ["pt"] = "Portugués",
            ["it"] = "Italiano", ["ar"] = "Árabe", ["zh"] = "Chino", ["hi"] = "Hindi", ["ru"] = "Ruso",
        });

    private static readonly IReadOnlyList<ChoiceOption> _interestOptions = OptionLists.Relabel(
        OptionLists.Interests,
        new Dictionary<string, string>
        {
            ["outdoors"] = "Aire libre", ["cooking"] = "Cocina", ["faith"] = "Fe", ["family"] = "Familia",
            ["work"] = "Trabajo", ["arts"] = "Arte", ["sport"] = "Deporte", ["gaming"] = "Videojuegos",
            ["music"] = "Música", ["reading"] = "Lectura", ["pets"] = "Mascotas", ["travel"] = "Viajes",
        });

    private static readonly IReadOnlyList<ChoiceOption> _helpTopicOptions = OptionLists.Relabel(
        OptionLists.HelpTopics,
        new Dictionary<string, string>
        {
            ["waiting"] = "La espera de un trasplante o una cirugía",
            ["surgery-prep"] = "Prepararse para la cirugía",
            ["hospital-stay"] = "La hospitalización",
            ["pain-recovery"] = "Dolor y recuperación",
            ["medication"] = "Rutinas de medicación",
            ["diet"] = "Dieta y alimentación",
            ["work"] = "Volver al trabajo",
            ["family"] = "Familia y relaciones",
            ["mood"] = "Ansiedad y estado de ánimo",
            ["caring"] = "Cuidar a la pareja",
        });

    public override string LanguagesPrompt =>
        "¿En qué idiomas te resulta cómodo conversar? Toca todos los que correspondan y luego Listo.\n"
        + "¿Otro idioma? Solo escríbelo, por ejemplo \"tagalo\" o \"inglés, polaco\".";

    public override string LanguagesSummaryLabel => "Idiomas";

    public override string LanguagesMinimum => "Elige al menos un idioma: tócalo o escríbelo.";

    public override IReadOnlyList<ChoiceOption> LanguageOptions => _languageOptions;

    public override string HospitalPrompt(Role role) =>
        (role == Role.Mentee ? "¿Qué hospital o clínica te está atendiendo?" : "¿Qué hospital o clínica te atendió?")
        + HospitalPurpose;

    public override string HospitalCaregiverPrompt(Role role) =>
        (role == Role.Mentee
            ? "¿Qué hospital o clínica está atendiendo a la persona a quien acompañas?"
            : "¿Qué hospital o clínica atendió a la persona a quien acompañaste?")
        + HospitalPurpose;

    public override string HospitalSummaryLabel => "Hospital o clínica";

    public override string InterestsPrompt =>
        "¿Qué disfrutas más allá de todo lo médico? Toca las opciones que te gusten y luego Listo, o escribe las tuyas.\n"
        + "Los intereses en común ayudan a que la primera conversación fluya. Esta pregunta es opcional.";

    public override string InterestsSummaryLabel => "Intereses";

    public override IReadOnlyList<ChoiceOption> InterestOptions => _interestOptions;

    public override string IntroPrompt(Role role) =>
        IntroOpening
        + (role == Role.Mentee
            ? "¿qué estás enfrentando y qué te ayudaría más en este momento?"
            : "¿cómo fue tu experiencia y qué te hubiera gustado saber?")
        + IntroPurpose;

    public override string IntroCaregiverPrompt(Role role) =>
        IntroOpening
        + (role == Role.Mentee
            ? "¿qué están enfrentando tú y la persona a quien acompañas, y qué te ayudaría más en este momento?"
            : "¿cómo fue acompañar a esa persona y qué te hubiera gustado saber?")
        + IntroPurpose;

    public override string IntroSummaryLabel => "Tu historia";

    public override string IntroTooShort(int length) =>
        "Gracias. ¿Nos cuentas un poco más? Unas cuantas frases nos ayudan a encontrar a alguien cercano a tu experiencia "
        + $"(al menos {LifeSteps.IntroMinLength} caracteres; tu respuesta tenía {length}).";

    public override string HelpTopicsPrompt =>
        "¿En qué temas podrías ayudar? Toca todos los que correspondan y luego Listo.\n"
        + "Los usamos para sugerirte a quienes necesitan justamente eso.";

    public override string HelpTopicsSummaryLabel => "Puedes ayudar con";

    public override string HelpTopicsMinimum => "Elige al menos un tema y luego toca Listo.";

    public override IReadOnlyList<ChoiceOption> HelpTopicOptions => _helpTopicOptions;

    public override string CapacityPrompt =>
        $"¿A cuántas personas podrías acompañar a la vez? Si omites esta pregunta, usaremos {Profile.DefaultCapacity}.\n"
        + "Puedes cambiarlo más adelante con /edit.";

    public override string CapacitySummaryLabel => "Personas a la vez";

    public override string AvailabilityPrompt =>
        "Última pregunta: ¿cuándo sueles estar disponible para conversar? Por ejemplo, \"entre semana por la tarde\""
        + $" (hasta {MentorSteps.AvailabilityMaxLength} caracteres). Es opcional.\n"
        + "Así, las personas que acompañes sabrán cuándo esperar tu respuesta.";

    public override string AvailabilitySummaryLabel => "Disponibilidad";

    public override string SummaryPreamble(string summary) => "Esto es lo que nos contaste:\n\n" + summary;

    public override string SummaryPrompt => "¿Está todo bien?";

    public override string LooksGood => "Todo bien";

    public override string EditSomething => "Cambiar algo";

    public override string EditMenuPrompt => "¿Qué respuesta te gustaría cambiar?";

    public override string FindMatchLabel => "Buscar con quién hablar";

    public override string MentorFinished =>
        "Gracias. Una persona de nuestro equipo revisará tu perfil, normalmente en unos pocos días. Te escribiremos por aquí.";

    public override string MenteeFinished(string? name) =>
        $"¡Todo listo{(name is null ? "" : ", " + name)}! Tu perfil está guardado.\nCuando quieras, toca {FindMatchLabel}.";

    public override string TimeZonePrompt =>
        "¿Dónde estás? Enviaré los recordatorios y seguimientos entre las 8:00 y las 22:00 de tu hora. Elige el lugar más cercano:";

    public override string TimeZoneConsentFirst => "Primero empecemos, y después podrás decirme tu zona horaria.";

    public override string TimeZoneLabel(TimeZoneChoice choice) => choice.Key switch
    {
        "la" => "EE. UU. Pacífico (Los Ángeles)",
        "den" => "EE. UU. Montaña (Denver)",
        "chi" => "EE. UU. Centro (Chicago)",
        "ny" => "EE. UU. Este (Nueva York)",
        "mex" => "Ciudad de México",
        "lon" => "Reino Unido, Irlanda, Portugal",
        "mad" => "España, Francia, Alemania, Italia",
        "ath" => "Grecia, Finlandia, Rumania",
        "syd" => "Australia Este (Sídney)",

        // Bogotá, Lima, Buenos Aires and India are written the same in Spanish.
        _ => choice.Label,
    };

    public override string TimeZoneSaved(string label, string? localTime) =>
        $"Guardado: {label}."
        + (localTime is null ? "" : $" Allí son las {localTime}.")
        + " Enviaré los recordatorios y seguimientos solo entre las 8:00 y las 22:00 de tu hora. Puedes cambiarlo con /timezone.";

    protected override string HospitalPurpose =>
        $" Es opcional (hasta {LifeSteps.HospitalMaxLength} caracteres).\nSolo lo usamos para dar preferencia a alguien que conozca el mismo lugar.";

    protected override string IntroOpening =>
        $"Ahora, la parte más importante. En unas pocas frases (hasta {FreeText.Count(LifeSteps.IntroMaxLength)} caracteres), ";

    protected override string IntroPurpose =>
        "\nEs lo que usamos para encontrar a alguien con una experiencia cercana a la tuya; solo lo verá la persona con quien te conectemos.";
}
