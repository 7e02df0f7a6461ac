using HealLink.Core.Languages;

namespace HealLink.Core.Onboarding;

/// <summary>
/// One <see cref="OnboardingFlow"/> per language we speak, built once: a person is asked in their
/// <c>Person.Language</c>, and the steps, keys and stored answers are the same in every one.
/// </summary>
internal sealed class OnboardingFlows
{
    private readonly Dictionary<Language, OnboardingFlow> _flows =
        Language.Supported.ToDictionary(language => language, language => new OnboardingFlow(OnboardingCopy.For(language)));

    /// <summary>The flow in <paramref name="language"/>, or in English for one we do not speak.</summary>
    public OnboardingFlow For(Language language) =>
        _flows.TryGetValue(language, out var flow) ? flow : _flows[Language.English];
}
