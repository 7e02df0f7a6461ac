using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Matching.Flow;

/// <summary>What the bot says around mentor cards and connection requests.</summary>
internal class MatchingCopy
{
    public static MatchingCopy English { get; } = new();

    public virtual string Intro => "Here are people who've been where you are. Tap Connect on the one you'd like to talk to.";

    public virtual string CaregiverIntro =>
        "Here are people who've supported someone through a procedure, as you're doing now. Tap Connect on the one you'd like to talk to.";

    // Only when no caregiver mentor of the same procedure family fits (RoleKindOrder): said plainly, not dressed up.
    public virtual string CaregiverFallbackIntro =>
        "I couldn't find a mentor who supported someone through this kind of procedure and fits you right now. "
        + "Here are people who went through it themselves instead — they can tell you the patient's side. "
        + "Tap Connect on the one you'd like to talk to.";

    public virtual string MoreIntro => "Here are a few more:";

    public virtual string Choose => "Not sure? I can choose for you, or show you more.";

    public virtual string NoMore => "That's everyone who fits right now. You can connect with someone above, or let me choose for you.";

    // A promise kept by WaitingMenteeNotifier.
    public virtual string NoneFits =>
        "I couldn't find a mentor who fits you right now — I'm sorry. New volunteers join often, and I'll message you "
        + "here as soon as one who fits you does. Your profile is saved, and /help is here if you need it.";

    public virtual string NoneForFilters => "No mentor fits all of those filters right now — try loosening one.";

    public virtual string NoMoreForFilters => "That's everyone who fits those filters.";

    public virtual string BrowseMore => "More with these filters, or change them:";

    /// <summary>The words above the first cards: a caregiver is told honestly whose side of it they are shown.</summary>
    public virtual string IntroFor(Profile mentee, IEnumerable<ScoredMentor> firstPage) =>
        mentee.RoleKind != RoleKind.Caregiver ? Intro
        : firstPage.Any(m => m.Mentor.Profile.RoleKind == RoleKind.Patient) ? CaregiverFallbackIntro
        : CaregiverIntro;

    public virtual string Suggestion(string? name) =>
        $"I think {name ?? "this mentor"} could be a good fit for you — here's why. Tap Connect and I'll ask them.";

    public virtual string NoLongerAvailable =>
        "That mentor can't take someone new right now — here's who can:";

    public virtual string ShowMoreLabel => "Show more";

    public virtual string ChangeFiltersLabel => "Change filters";

    public virtual Button ShowMoreButton(int skip) => new(ShowMoreLabel, Conversations.ButtonPayload.ShowMore(skip));

    /// <summary>The languages a mentor speaks, as stored (English names), on their card.</summary>
    public virtual string Speaks(IReadOnlyList<string> languages) => "speaks " + string.Join(", ", languages);

    public virtual string Why(IReadOnlyList<string> reasons) => "Why: " + string.Join(" ", reasons);

    public virtual Button ChooseForMeButton => new("Choose for me", Conversations.ButtonPayload.ChooseForMe);

    public virtual Button ConnectButton(ScoredMentor match) =>
        new($"Connect with {match.Mentor.Profile.DisplayName}", Conversations.ButtonPayload.Connect(match.Mentor.PersonId));

    /// <summary>The confirmation with the default request expiry, as the tests' configuration has it.</summary>

    public virtual string AlreadyWaiting(string name) =>
        $"You've already asked {name}, and we're waiting for their answer — one request at a time. I'll message you here as soon as they reply, "
        + "or you can withdraw it and ask someone else.";

    public virtual string AlreadyTalking(IReadOnlyList<string> names) =>
        $"You're talking with {string.Join(" and ", names)} right now. To look for someone else, /end that conversation first.";

    /// <summary>A mentor's answer to "How long ago was your procedure?", to read mid-sentence; "" for anything else.</summary>
    public virtual string StageSince(Stage? stage) =>
        FreeText.LowerFirst(MentorStages.FirstOrDefault(o => stage is { } known && o.Key == EnumKey.Of(known))?.Label);

    private static IReadOnlyList<ChoiceOption> MentorStages { get; } = AboutYouSteps.MentorStage().Options;
}
