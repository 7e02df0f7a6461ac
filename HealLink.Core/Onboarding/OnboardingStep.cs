using HealLink.Core.People;

namespace HealLink.Core.Onboarding;

/// <summary>
/// One question of the onboarding: what we ask, how it reads in the summary, which buttons it has, and how an
/// answer is understood. Steps are immutable data; they describe changes (<see cref="StepOutcome"/>) and never
/// make them.
/// </summary>
internal abstract class OnboardingStep
{
    private readonly string? _unanswered;

    public required string Key { get; init; }

    /// <summary>The language the question speaks: its corrections and navigation buttons come from here too.</summary>
    public required OnboardingCopy Copy { get; init; }

    /// <summary>The question, in the bot's voice, including what happens with the answer.</summary>
    public required string Prompt { get; init; }

    /// <summary>
    /// The question as someone supporting another person reads it: about their person's procedure, not their own.
    /// Null when <see cref="Prompt"/> reads right for everyone.
    /// </summary>
    public string? CaregiverPrompt { get; init; }

    /// <summary>Shown above the prompt (the summary does this); null for most questions.</summary>
    public Func<Profile, string>? Preamble { get; init; }

    /// <summary>How the answer is labelled in the summary and the /edit menu; null keeps it out of both.</summary>
    public string? SummaryLabel { get; init; }

    /// <summary>Whether /edit offers this question (role and consent cannot be changed that way).</summary>
    public bool Editable { get; init; } = true;

    public bool OffersBack { get; init; } = true;

    /// <summary>The Skip button's label; null means the question must be answered.</summary>
    public string? SkipLabel { get; init; }

    /// <summary>How an unanswered question reads in the summary.</summary>
    public string Unanswered
    {
        get => _unanswered ?? Copy.Unanswered;
        init => _unanswered = value;
    }

    /// <summary>The answers offered as buttons, in the order of their numbers.</summary>
    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];

    public int OptionsPerRow { get; init; } = 1;

    public bool IsOptional => SkipLabel is not null;

    public string PromptFor(Profile profile) =>
        profile.RoleKind == RoleKind.Caregiver && CaregiverPrompt is { } caregivers ? caregivers : Prompt;

    /// <summary>The current answer as the summary shows it, or null when there is none.</summary>
    public abstract string? Describe(Profile profile);

    public IReadOnlyList<Navigation> NavigationFor(Profile profile)
    {
        var offered = new List<Navigation>();
        if (OffersDone)
        {
            offered.Add(Navigation.Done);
        }

        if (OffersBack)
        {
            offered.Add(Navigation.Back);
        }

        if (IsOptional)
        {
            offered.Add(Navigation.Skip);
        }

        if (CanKeep(profile))
        {
            offered.Add(Navigation.Keep);
        }

        return offered;
    }

    public string NavigationLabel(Navigation navigation) => navigation switch
    {
        Navigation.Back => Copy.Back,
        Navigation.Skip => SkipLabel ?? Copy.Skip,
        Navigation.Done => Copy.Done,
        Navigation.FirstPart => Copy.Drafts.FirstPartLabel,
        Navigation.Shorter => Copy.Drafts.ShorterLabel,
        _ => Copy.Keep,
    };

    public StepOutcome Interpret(StepInput input, Profile profile, IReadOnlyList<string> selection)
    {
        var offered = NavigationFor(profile);
        return input switch
        {
            NavigationPressed pressed when offered.Contains(pressed.Navigation) => Navigate(pressed.Navigation, selection),
            NavigationPressed => new UnknownButton(),
            OptionPressed pressed => InterpretOption(pressed.Key, selection),
            TypedAnswer typed when TypedNavigation(typed.Text, offered) is { } navigation => Navigate(navigation, selection),
            TypedAnswer typed when FreeText.IsBlank(typed.Text) => new InvalidAnswer(EmptyMessage),
            TypedAnswer typed => InterpretTyped(typed.Text, selection),
            _ => new UnknownButton(),
        };
    }

    protected virtual bool OffersDone => false;

    protected virtual string EmptyMessage => Copy.Answers.ChooseOne(Options.Count);

    protected virtual bool CanKeep(Profile profile) => false;

    protected abstract StepOutcome InterpretTyped(string text, IReadOnlyList<string> selection);

    protected virtual StepOutcome InterpretOption(string key, IReadOnlyList<string> selection) => new UnknownButton();

    protected virtual StepOutcome Finish(IReadOnlyList<string> selection) => new UnknownButton();

    protected abstract void WriteSkipped(Profile profile);

    private StepOutcome Navigate(Navigation navigation, IReadOnlyList<string> selection) => navigation switch
    {
        Navigation.Back => new WentBack(),
        Navigation.Skip => new Answered(WriteSkipped),
        Navigation.Keep => new Answered(null),
        _ => Finish(selection),
    };

    /// <summary>
    /// Typing a navigation button's label works like pressing it ("skip", "done", "back"); so does its English name, in
    /// any language.
    /// </summary>
    protected Navigation? TypedNavigation(string text, IReadOnlyList<Navigation> offered)
    {
        var typed = text.Trim().TrimEnd('.', '!');
        foreach (var navigation in offered)
        {
            if (typed.Equals(NavigationLabel(navigation), StringComparison.OrdinalIgnoreCase)
                || typed.Equals(navigation.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return navigation;
            }
        }

        return null;
    }
}
