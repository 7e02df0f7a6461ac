using HealLink.Core.Languages;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Onboarding;

/// <summary>The Spanish flow is the English one in other words: same steps, keys, options and limits.</summary>
public sealed class SpanishFlowTests
{
    /// <summary>Labels that read the same in both languages: numbers, a dash, and a language's own name.</summary>
    private static readonly HashSet<string> _sameInBothLanguages = ["—", "Hindi"];

    /// <summary>Navigation whose words are the flow's own; a draft's two buttons are <c>DraftMessages</c>' words.</summary>
    private static readonly Navigation[] _ownNavigation = [Navigation.Back, Navigation.Skip, Navigation.Done, Navigation.Keep];

    private readonly OnboardingFlow _english = new();
    private readonly OnboardingFlow _sut = new(OnboardingCopy.Spanish);

    public static TheoryData<Role> Roles => [Role.Mentee, Role.Mentor];

    [Theory]
    [MemberData(nameof(Roles))]
    public void Sequence_Spanish_HasTheEnglishStepsKeysOptionsAndLimits(Role role)
    {
        var english = StepsOf(_english, role).Select(Shape);
        var spanish = StepsOf(_sut, role).Select(Shape);

        Assert.Equal(english, spanish);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void Sequence_Spanish_NoPromptOrLabelIsTheEnglishOne(Role role)
    {
        var pairs = StepsOf(_english, role).Zip(StepsOf(_sut, role)).SelectMany(p => Words(p.First).Zip(Words(p.Second)));

        var untranslated = pairs.Where(p => p.First == p.Second && p.First.Any(char.IsLetter) && !_sameInBothLanguages.Contains(p.First));

        Assert.Empty(untranslated);
    }

    [Fact]
    public void For_EachSupportedLanguage_SpeaksThatLanguage()
    {
        var sut = new OnboardingFlows();

        Assert.Equal(Language.Spanish, sut.For(Language.Spanish).Language);
        Assert.Equal(Language.English, sut.For(Language.English).Language);
        Assert.Same(sut.For(Language.Spanish), sut.For(Language.FromCode("es-419")));
    }

    [Fact]
    public void For_LanguageWeDoNotSpeak_IsEnglish()
    {
        var sut = new OnboardingFlows();

        Assert.Equal(Language.English, sut.For(new Language("fr", "Français", "French")).Language);
    }

    [Fact]
    public void Prompt_SpanishFreeTextQuestionThatKeepsDrafts_StatesItsLimit()
    {
        var questions = _sut.Mentee.Concat(_sut.Mentor).OfType<TextStep>().Where(s => s.KeepsDrafts);

        Assert.All(questions, s => Assert.Contains($"hasta {FreeText.Count(s.MaxLength)} caracteres", s.Prompt, StringComparison.Ordinal));
    }

    private static IEnumerable<OnboardingStep> StepsOf(OnboardingFlow flow, Role role) =>
        flow.Sequence(role).Append(flow.EditMenu(role));

    /// <summary>Everything about a step but its words.</summary>
    private static string Shape(OnboardingStep step) =>
        string.Join(
            " | ",
            step.GetType().Name,
            step.Key,
            step.Editable,
            step.OffersBack,
            step.IsOptional,
            step.OptionsPerRow,
            step.CaregiverPrompt is null,
            step.SummaryLabel is null,
            string.Join(",", step.Options.Select(o => $"{o.Key}>{o.Then}:{(step is MultiChoiceStep { StoresLabels: true } ? o.Stored : "")}")),
            step switch
            {
                TextStep text => $"{text.MinLength}-{text.MaxLength} drafts:{text.KeepsDrafts} lines:{text.KeepsLineBreaks}",
                MultiChoiceStep multi => $"min:{multi.MinimumChoices} labels:{multi.StoresLabels} own:{multi.AcceptsOwnEntries}",
                _ => "",
            });

    /// <summary>What a step says, in a fixed order: prompts, labels, option labels and navigation.</summary>
    private static IEnumerable<string> Words(OnboardingStep step)
    {
        var profile = new Profile { RoleKind = RoleKind.Caregiver };
        return new[] { step.Prompt, step.PromptFor(profile), step.SummaryLabel ?? "", step.SkipLabel ?? "", step.Unanswered }
            .Concat(step.Options.SelectMany(o => new[] { o.Label, o.SummaryText ?? "" }))
            .Concat(_ownNavigation.Select(step.NavigationLabel))
            .Where(w => w.Length > 0);
    }
}
