using HealLink.Core.Languages;
using HealLink.Core.Onboarding;

namespace HealLink.Core.Matching;

/// <summary>The Spanish column of <see cref="MatchReasons"/>.</summary>
public sealed class SpanishMatchReasons : MatchReasons
{
    public override string CatalogueLanguage => "es";

    public override string SomeMentor => "Tu mentor";

    public override string KnowsHospital(string name, string hospital) => $"{name} conoce {hospital}.";

    public override string BothMentioned(IEnumerable<string> interests) =>
        $"Los dos mencionaron {JoinNaturally(interests.Select(i => FreeText.LowerFirst(ChoiceOption.ShownAs(OnboardingCopy.Spanish.InterestOptions, i))))}.";

    public override string CanHelpWith(string name, IEnumerable<string> topicKeys) =>
        $"{name} puede ayudarte con {JoinNaturally(topicKeys.Select(key => FreeText.LowerFirst(ChoiceOption.LabelOfKey(OnboardingCopy.Spanish.HelpTopicOptions, key))))}.";

    public override string StoriesInCommon => "Sus historias tienen mucho en común.";

    public override string CloseInAge => "Tienen una edad parecida.";

    public override string SameProcedureNamed => "Los dos mencionaron el mismo procedimiento.";

    public override string RelatedProcedureNamed(string name) => $"El procedimiento de {name} está relacionado con el tuyo.";

    public override string Supported(string name, string procedure) => $"{name} acompañó a alguien durante {procedure}";

    public override string Related(string what) => $"Un procedimiento relacionado: {what}.";

    public override string BothSupported(string procedure) => $"Los dos acompañaron a alguien durante {procedure}.";

    public override string InCommon(string procedure) => $"Tienen en común {procedure}.";

    public override string SameProcedure(string what) => $"El mismo procedimiento: {what}.";

    // Their own words carry no article we could trust (a noun's gender decides it), so they follow a colon.
    public override string SupportedThroughTheirs(string? procedure) => "acompañó a alguien en: " + FreeText.LowerFirst(procedure);

    public override string SupportingThroughTheirs(string? procedure) => "acompaña a alguien en: " + FreeText.LowerFirst(procedure);

    protected override string JoinNaturally(IEnumerable<string> items) => SpanishText.List([.. items]);
}
