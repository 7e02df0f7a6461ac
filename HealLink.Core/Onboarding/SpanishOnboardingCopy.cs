using HealLink.Core.Languages;
using HealLink.Core.People;

namespace HealLink.Core.Onboarding;

/// <summary>
/// The Spanish column of <see cref="OnboardingCopy"/>: "tú", neutral enough for Latin America and Spain. People are
/// "personas mentoras" and "la persona a quien acompañas", so no sentence guesses anyone's gender.
/// </summary>
internal sealed partial class SpanishOnboardingCopy : OnboardingCopy
{
    public override Language Language => Language.Spanish;

    public override AnswerMessages Answers => CopyTable.Spanish.Answers;

    public override DraftMessages Drafts => CopyTable.Spanish.Drafts;

    public override string Back => "Atrás";

    public override string Skip => "Omitir";

    public override string Done => "Listo";

    public override string Keep => "Dejar como está";

    /// <summary>A dash reads the same in Spanish.</summary>
    public override string Unanswered => "—";

    public override string RightNow(string current) => $"(Respuesta actual: {current})";

    public override string NothingTicked => "Todavía no marcaste nada: toca las opciones que correspondan y luego Listo.";

    public override string SoFar(IEnumerable<string> ticked) =>
        $"Por ahora: {string.Join(", ", ticked)}.\nToca más, o Listo cuando sea todo.";

    public override string ChooseAtLeastOne => "Elige al menos una opción y luego toca Listo.";

    public override string TooManyOwnEntries(int max) =>
        $"Es una lista bastante larga: ¿podrías escribir como máximo {max} opciones propias?";

    public override string OwnEntryTooLong(string entry, int maxLength) =>
        $"\"{entry}\" es un poco largo: ¿podrías escribir cada uno en menos de {maxLength} caracteres?";

    public override string OwnEntryCharacters(string entry) =>
        $"\"{entry}\" tiene caracteres que no puedo usar: solo letras, espacios y guiones, por favor.";

    public override string Welcome =>
        "Hola, te damos la bienvenida a HealLink.\n"
        + "Conectamos a personas que enfrentan un trasplante o una cirugía con personas voluntarias que pasaron por el mismo procedimiento.\n"
        + "Somos apoyo entre pares, no consejo médico: en una emergencia, llama al número de emergencias de tu país.";

    public override string Declined =>
        "No pasa nada: no guardamos ninguna de tus respuestas.\n"
        + "Si cambias de opinión, envía /start cuando quieras. Cuídate mucho.";

    public override string ConsentPrompt =>
        "Antes de empezar: te haremos unas preguntas breves y guardaremos tus respuestas para encontrar a alguien afín a ti.\n"
        + "La persona con quien te conectemos verá tu nombre y lo que compartas sobre tu experiencia, nunca tus datos de contacto.\n"
        + "Puedes ver todo lo que guardamos con /export, o borrarlo todo con /delete, cuando quieras. HealLink es para personas adultas (18+).\n"
        + "¿Te parece bien?";

    public override string Agree => "Acepto";

    public override string NotNow => "Ahora no";

    public override string RolePrompt => "Gracias. ¿Cuál de estas opciones te describe?";

    public override string RoleSummaryLabel => "Estás aquí para";

    public override string RoleLabel(string key) => key switch
    {
        RoleChoices.Mentee => "Me preparo para un procedimiento o me recupero de uno",
        RoleChoices.CaregiverMentee => "Acompaño a alguien que enfrenta uno",
        RoleChoices.Mentor => "Ya pasé por uno y quiero ayudar",
        RoleChoices.CaregiverMentor => "Acompañé a alguien durante uno y quiero ayudar",
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a role choice."),
    };

    public override string RoleSummary(string key) => key switch
    {
        RoleChoices.Mentee => "Encontrar una persona mentora",
        RoleChoices.CaregiverMentee => "Encontrar una persona mentora, acompañando a alguien",
        RoleChoices.Mentor => "Ayudar como persona mentora",
        RoleChoices.CaregiverMentor => "Ayudar como persona mentora que acompañó a alguien",
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a role choice."),
    };

    public override string NamePrompt =>
        "¿Cómo quieres que te llamemos? Un nombre o un apodo es perfecto.\n"
        + "Es el único nombre que verá la persona con quien te conectemos.";

    public override string NameSummaryLabel => "Nombre";

    public override string NameHasContactDetails =>
        "Solo un nombre o un apodo, por favor: sin enlaces ni datos de contacto, para cuidar tu seguridad.";

    public override string ProcedurePrompt(Role role) =>
        (role == Role.Mentee
            ? "¿Para qué procedimiento te estás preparando, o de cuál te estás recuperando?"
            : "¿Por qué procedimiento pasaste?")
        + ProcedureExamples
        + "Lo usamos para encontrar a alguien que haya pasado por tu mismo procedimiento.";

    public override string ProcedureCaregiverPrompt(Role role) =>
        (role == Role.Mentee
            ? "¿Para qué procedimiento se está preparando la persona a quien acompañas, o de cuál se está recuperando?"
            : "¿Por qué procedimiento pasó la persona a quien acompañaste?")
        + ProcedureExamples
        + "Lo usamos para encontrar a alguien que haya acompañado a otra persona en el mismo procedimiento.";

    public override string ProcedureSummaryLabel => "Procedimiento";

    public override string ProcedureTooShort =>
        "¿Me cuentas un poco más? Con un par de palabras basta, como \"reemplazo de rodilla\".";

    public override string ProcedureNeedsWords => "¿Podrías describirlo con palabras? Por ejemplo, \"trasplante de riñón\".";

    public override string MenteeStagePrompt =>
        "¿En qué momento estás ahora? Esto nos ayuda a encontrar a alguien que recuerde bien esa etapa.";

    public override string MenteeStageCaregiverPrompt =>
        "¿En qué momento está ahora la persona a quien acompañas? Esto nos ayuda a encontrar a alguien que recuerde bien esa etapa.";

    public override string MenteeStageSummaryLabel => "Etapa";

    public override string MentorStagePrompt => "¿Hace cuánto tiempo fue tu procedimiento?";

    public override string MentorStageCaregiverPrompt => "¿Hace cuánto tiempo fue el procedimiento de la persona a quien acompañaste?";

    public override string MentorStageSummaryLabel => "Hace cuánto";

    public override string StageLabel(Stage stage) => stage switch
    {
        Stage.Preparing => "En preparación",
        Stage.InHospital => "En el hospital ahora",
        Stage.RecoveringFirstMonths => "Recuperación (primeros 3 meses)",
        Stage.RecoveringLongTerm => "Recuperación a largo plazo",
        Stage.LessThanAYearAgo => "Hace menos de un año",
        Stage.OneToThreeYearsAgo => "Hace 1–3 años",
        Stage.MoreThanThreeYearsAgo => "Hace más de 3 años",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    public override string AgeRangePrompt =>
        "¿En qué rango de edad estás? Mucha gente se siente más a gusto con alguien de una edad parecida.";

    public override string AgeRangeSummaryLabel => "Edad";

    public override string GenderPrompt => "¿Cómo describes tu género? Esta pregunta es opcional.";

    public override string GenderSummaryLabel => "Género";

    public override string GenderLabel(Gender gender) => gender switch
    {
        Gender.Woman => "Mujer",
        Gender.Man => "Hombre",
        Gender.NonBinary => "No binario",
        Gender.PreferNotToSay => "Prefiero no decirlo",
        _ => throw new ArgumentOutOfRangeException(nameof(gender), gender, null),
    };

    public override string GenderPreferencePrompt =>
        "¿Te sentirías más a gusto con una persona mentora de algún género en particular? Lo tendremos en cuenta al buscar con quién conectarte.";

    public override string GenderPreferenceSummaryLabel => "Género de la persona mentora";

    public override string NoPreference => "Sin preferencia";

    protected override string ProcedureExamples =>
        " Puedes decirlo con tus propias palabras, por ejemplo \"trasplante de riñón\", \"mastectomía\" o \"reemplazo de cadera\""
        + $" (hasta {AboutYouSteps.ProcedureMaxLength} caracteres).\n";
}
