using HealLink.Core.Languages;
using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Matching.Flow;

/// <summary>The Spanish column of <see cref="MatchingCopy"/>.</summary>
internal sealed class SpanishMatchingCopy : MatchingCopy
{
    private const string TapConnect = "Toca «Conectar» junto a la persona con quien te gustaría hablar.";

    public override string Intro => "Aquí tienes a personas que ya estuvieron donde tú estás. " + TapConnect;

    public override string CaregiverIntro =>
        "Aquí tienes a personas que acompañaron a alguien durante un procedimiento, como lo haces tú ahora. " + TapConnect;

    public override string CaregiverFallbackIntro =>
        "No encontré a ningún mentor que haya acompañado a alguien en este tipo de procedimiento y que encaje contigo ahora mismo. "
        + "En su lugar, aquí tienes a personas que lo vivieron en primera persona: pueden contarte cómo se vive desde el lado del paciente. "
        + TapConnect;

    public override string MoreIntro => "Aquí tienes algunas personas más:";

    public override string Choose => "¿No lo tienes claro? Puedo elegir por ti, o mostrarte más.";

    public override string NoMore =>
        "Estas son todas las personas que encajan contigo ahora mismo. Puedes conectar con alguien de arriba, o dejar que elija por ti.";

    public override string NoneFits =>
        "No encontré a ningún mentor que encaje contigo ahora mismo, y lo siento. A menudo se suman personas voluntarias, y te "
        + "escribiré por aquí en cuanto llegue alguien que encaje contigo. Tu perfil queda guardado, y /help está aquí si lo necesitas.";

    public override string NoneForFilters => "Ahora mismo ningún mentor cumple todos esos filtros; intenta quitar alguno.";

    public override string NoMoreForFilters => "Estas son todas las personas que cumplen esos filtros.";

    public override string BrowseMore => "Más con estos filtros, o cámbialos:";

    // Which intro is the base's choice; the intros it chooses from are the Spanish ones above.
    public override string IntroFor(Profile mentee, IEnumerable<ScoredMentor> firstPage) => base.IntroFor(mentee, firstPage);

    public override string Suggestion(string? name) =>
        $"Creo que {name ?? "esta persona"} podría encajar bien contigo; te cuento por qué. Toca «Conectar» y se lo pregunto.";

    public override string NoLongerAvailable => "Esa persona no puede acompañar a nadie más en este momento; estas personas sí pueden:";

    public override string ShowMoreLabel => "Ver más";

    public override string ChangeFiltersLabel => "Cambiar filtros";

    public override Button ShowMoreButton(int skip) => new(ShowMoreLabel, Conversations.ButtonPayload.ShowMore(skip));

    // Languages are stored by their English names (the languages question's stored form); the card names them in Spanish.
    public override string Speaks(IReadOnlyList<string> languages) =>
        "habla " + string.Join(", ", languages.Select(l => ChoiceOption.ShownAs(OnboardingCopy.Spanish.LanguageOptions, l) is var shown && shown != l ? FreeText.LowerFirst(shown) : l));

    public override string Why(IReadOnlyList<string> reasons) => "Por qué: " + string.Join(" ", reasons);

    public override Button ChooseForMeButton => new("Elige por mí", Conversations.ButtonPayload.ChooseForMe);

    public override Button ConnectButton(ScoredMentor match) =>
        new($"Conectar con {match.Mentor.Profile.DisplayName}", Conversations.ButtonPayload.Connect(match.Mentor.PersonId));


    public override string AlreadyWaiting(string name) =>
        $"Ya le enviaste una solicitud a {name} y estamos esperando su respuesta: una solicitud a la vez. Te escribiré por aquí "
        + "en cuanto responda, o puedes retirarla y escribirle a otra persona.";

    public override string AlreadyTalking(IReadOnlyList<string> names) =>
        $"Ahora mismo estás hablando con {SpanishText.List(names)}. Para buscar a otra persona, primero termina esa conversación con /end.";

    // The English base reads the labels of the mentors' stage question, which is English only.
    public override string StageSince(Stage? stage) => stage switch
    {
        Stage.LessThanAYearAgo => "hace menos de un año",
        Stage.OneToThreeYearsAgo => "hace entre 1 y 3 años",
        Stage.MoreThanThreeYearsAgo => "hace más de 3 años",
        _ => "",
    };
}
