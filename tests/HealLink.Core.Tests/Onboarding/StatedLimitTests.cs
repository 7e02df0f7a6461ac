using HealLink.Core.Onboarding;

namespace HealLink.Core.Tests.Onboarding;

/// <summary>A question answered in free text says how long the answer may be, before anyone runs into the limit.</summary>
public sealed class StatedLimitTests
{
    private readonly OnboardingFlow _sut = new();

    [Fact]
    public void Prompt_EveryFreeTextQuestionThatKeepsDrafts_StatesItsLimit()
    {
        var questions = _sut.Mentee.Concat(_sut.Mentor).OfType<TextStep>().Where(s => s.KeepsDrafts).ToList();

        Assert.Equal(
            [StepKeys.Procedure, StepKeys.Hospital, StepKeys.Intro, StepKeys.Availability],
            questions.Select(s => s.Key).Distinct());
        Assert.All(questions, s => Assert.Contains($"up to {FreeText.Count(s.MaxLength)} characters", s.Prompt, StringComparison.Ordinal));
    }
}
