using HealLink.Core.Conversations;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Onboarding;

/// <summary>Answers given in Spanish are stored as the English ones are, so profiles compare across languages.</summary>
public sealed class SpanishAnswerTests
{
    private readonly OnboardingFlow _spanish = new(OnboardingCopy.Spanish);
    private readonly Profile _profile = new() { Role = Role.Mentee };

    [Theory]
    [InlineData("español")]
    [InlineData("Español.")]
    [InlineData("espanol")]
    [InlineData("2")]
    [InlineData("Spanish")]
    public void Languages_SpanishPersonTypesSpanish_StoresTheEnglishLabel(string typed)
    {
        var sut = Step(StepKeys.Languages);

        Answer(sut, new TypedAnswer(typed));

        Assert.Equal(["Spanish"], _profile.Languages);
    }

    [Theory]
    [InlineData("inglés y francés", new[] { "English", "French" })]
    [InlineData("español e inglés", new[] { "English", "Spanish" })]
    [InlineData("2, 3", new[] { "Spanish", "French" })]
    [InlineData("Español, tagalo", new[] { "Spanish", "Tagalo" })]
    public void Languages_SpanishList_StoresEnglishLabelsAndOwnEntriesAsTyped(string typed, string[] expected)
    {
        var sut = Step(StepKeys.Languages);

        Answer(sut, new TypedAnswer(typed));

        Assert.Equal(expected, _profile.Languages);
    }

    [Fact]
    public void Interests_TickedInSpanish_StoresTheEnglishLabels()
    {
        var sut = Step(StepKeys.Interests);

        Answer(sut, new NavigationPressed(Navigation.Done), ["cooking", "music"]);

        Assert.Equal(["Cooking", "Music"], _profile.Interests);
    }

    [Fact]
    public void Interests_TypedInSpanish_StoresTheEnglishLabels()
    {
        var sut = Step(StepKeys.Interests);

        Answer(sut, new TypedAnswer("cocina, música y jardinería"));

        Assert.Equal(["Cooking", "Music", "Jardinería"], _profile.Interests);
    }

    [Fact]
    public void HelpTopics_SpanishLabelWithY_IsOneTopic()
    {
        _profile.Role = Role.Mentor;
        var sut = Step(StepKeys.HelpTopics);

        Answer(sut, new TypedAnswer("familia y relaciones"));

        Assert.Equal(["family"], _profile.HelpTopics);
    }

    [Theory]
    [InlineData("omitir")]
    [InlineData("Skip")]
    public void Hospital_SkipTypedInEitherLanguage_Skips(string typed)
    {
        _profile.Hospital = "San Rafael";
        var sut = Step(StepKeys.Hospital);

        Answer(sut, new TypedAnswer(typed));

        Assert.Null(_profile.Hospital);
    }

    [Fact]
    public void Interpret_SpanishNumberOutOfRange_CorrectsInSpanish()
    {
        var sut = Step(StepKeys.AgeRange);

        var outcome = sut.Interpret(new TypedAnswer("9"), _profile, []);

        Assert.Equal(OnboardingCopy.Spanish.Answers.OutOfRange("9", 5), Assert.IsType<InvalidAnswer>(outcome).Message);
    }

    [Fact]
    public void Summarise_SpanishFlow_ShowsSpanishLabelsOfStoredAnswers()
    {
        var profile = Filled();

        var summary = _spanish.Summarise(profile);

        Assert.Contains("Idiomas: Inglés, Español", summary, StringComparison.Ordinal);
        Assert.Contains("Intereses: Cocina, Jardinería", summary, StringComparison.Ordinal);
        Assert.Contains("Etapa: En preparación", summary, StringComparison.Ordinal);
        Assert.Contains("Estás aquí para: Encontrar una persona mentora", summary, StringComparison.Ordinal);
        Assert.Contains("Hospital o clínica: —", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarise_EnglishFlow_ShowsTheSameAnswersInEnglish()
    {
        var summary = new OnboardingFlow().Summarise(Filled());

        Assert.Contains("Languages: English, Spanish", summary, StringComparison.Ordinal);
        Assert.Contains("Interests: Cooking, Jardinería", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SpanishQuestionComingBack_ShowsCurrentAnswerAndButtonsInSpanish()
    {
        var profile = Filled();
        var sut = _spanish.Find(Role.Mentee, StepKeys.Languages)!;

        var reply = QuestionRenderer.Render(sut, profile, ["es"], 7, showCurrent: true);

        Assert.EndsWith("(Respuesta actual: Inglés, Español)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("✓ Español", reply.AllButtons.Select(b => b.Label));
        Assert.Contains("Listo", reply.AllButtons.Select(b => b.Label));
        Assert.Contains("Dejar como está", reply.AllButtons.Select(b => b.Label));
    }

    [Fact]
    public void RenderSelection_SpanishTicks_AreListedInSpanish()
    {
        var sut = (MultiChoiceStep)_spanish.Find(Role.Mentee, StepKeys.Interests)!;

        var reply = QuestionRenderer.RenderSelection(sut, _profile, ["cooking", "pets"], 7);

        Assert.StartsWith("Por ahora: Cocina, Mascotas.", reply.Text, StringComparison.Ordinal);
    }

    private OnboardingStep Step(string key) => _spanish.Find(_profile.Role, key)!;

    private void Answer(OnboardingStep step, StepInput input, IReadOnlyList<string>? selection = null)
    {
        var answered = Assert.IsType<Answered>(step.Interpret(input, _profile, selection ?? []));
        Assert.NotNull(answered.Write);
        answered.Write(_profile);
    }

    private static Profile Filled() => new()
    {
        Role = Role.Mentee,
        DisplayName = "Lucía",
        ProcedureText = "trasplante de riñón",
        ProcedureDisplay = "Trasplante de riñón",
        Stage = Stage.Preparing,
        Languages = ["English", "Spanish"],
        Interests = ["Cooking", "Jardinería"],
        Intro = new string('a', 200),
    };
}
