using HealLink.Core.Onboarding;

namespace HealLink.Core.Matching;

/// <summary>The Spanish column of <see cref="MatchReasons"/>.</summary>
public sealed class SpanishMatchReasons : MatchReasons
{
    // Stored interests are the English labels of the languages question's options; a person's own are kept as typed.
    private static readonly Dictionary<string, string> _interests = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Outdoors"] = "la naturaleza", ["Cooking"] = "la cocina", ["Faith"] = "la fe", ["Family"] = "la familia",
        ["Work"] = "el trabajo", ["Arts"] = "el arte", ["Sport"] = "el deporte", ["Gaming"] = "los videojuegos",
        ["Music"] = "la música", ["Reading"] = "la lectura", ["Pets"] = "las mascotas", ["Travel"] = "los viajes",
    };

    private static readonly Dictionary<string, string> _topics = new(StringComparer.Ordinal)
    {
        ["waiting"] = "la espera de un trasplante o una cirugía",
        ["surgery-prep"] = "la preparación para la cirugía",
        ["hospital-stay"] = "la estancia en el hospital",
        ["pain-recovery"] = "el dolor y la recuperación",
        ["medication"] = "las rutinas de medicación",
        ["diet"] = "la alimentación",
        ["work"] = "la vuelta al trabajo",
        ["family"] = "la familia y las relaciones",
        ["mood"] = "la ansiedad y el ánimo",
        ["caring"] = "el cuidado de una pareja",
    };

    public override string CatalogueLanguage => "es";

    public override string SomeMentor => "Tu mentor";

    public override string KnowsHospital(string name, string hospital) => $"{name} conoce {hospital}.";

    public override string BothMentioned(IEnumerable<string> interests) =>
        $"A los dos les interesa {JoinNaturally(interests.Select(i => _interests.GetValueOrDefault(i) ?? FreeText.LowerFirst(i)))}.";

    public override string CanHelpWith(string name, IEnumerable<string> topicKeys) =>
        $"{name} puede ayudarte con {JoinNaturally(topicKeys.Select(key => _topics.GetValueOrDefault(key) ?? key))}.";

    public override string StoriesInCommon => "Sus historias tienen mucho en común.";

    public override string CloseInAge => "Tienen una edad parecida.";

    public override string SameProcedureNamed => "Los dos mencionaron el mismo procedimiento.";

    public override string RelatedProcedureNamed(string name) => $"El procedimiento de {name} está relacionado con el tuyo.";

    public override string Went(string name, string predicate) => $"{name} {predicate}";

    public override string Supported(string name, string procedure) => $"{name} acompañó a alguien durante {procedure}";

    public override string Related(string what) => $"Un procedimiento relacionado: {what}.";

    public override string BothSupported(string procedure) => $"Los dos acompañaron a alguien durante {procedure}.";

    public override string InCommon(string procedure) => $"Tienen en común {procedure}.";

    public override string TheySupported(string what) => $"{what}.";

    public override string SameProcedure(string what) => $"El mismo procedimiento: {what}.";

    protected override string ListEnd => "y";
}
