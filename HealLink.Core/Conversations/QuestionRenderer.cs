using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Conversations;

/// <summary>
/// Turns a question into a reply: its text and its buttons, stamped with the state version. Every word comes from the
/// step's copy, so a question is shown in the language its flow speaks.
/// </summary>
internal static class QuestionRenderer
{
    private const string Tick = "✓ ";
    private const int MaxCurrentAnswerLength = 80;

    /// <param name="showCurrent">Mention the current answer (when changing one, or coming back to it).</param>
    /// <param name="draft">An answer past the limit kept for this question: offered again under it.</param>
    public static Reply Render(
        OnboardingStep step, Profile profile, IReadOnlyList<string> selection, int version, bool showCurrent, string? draft = null)
    {
        var text = step.PromptFor(profile);
        if (step.Preamble is { } preamble)
        {
            text = preamble(profile) + "\n\n" + text;
        }

        var current = step.Describe(profile);
        if (current is not null && (showCurrent || step.NavigationFor(profile).Contains(Navigation.Keep)))
        {
            text += "\n" + step.Copy.RightNow(FreeText.Shorten(FreeText.ToSingleLine(current), MaxCurrentAnswerLength));
        }

        if (draft is not null && step is TextStep textStep)
        {
            var offer = RenderDraftOffer(textStep, profile, draft, version);
            return offer with { Text = text + "\n\n" + offer.Text };
        }

        return new Reply(text, Buttons(step, profile, selection, version));
    }

    /// <summary>An answer past the limit, kept: its length, where its first part would end, and the two ways on.</summary>
    public static Reply RenderDraftOffer(TextStep step, Profile profile, string draft, int version) =>
        new(step.Copy.Drafts.Offer(FreeText.Length(draft), step.MaxLength, step.FirstPartOf(draft)),
        [
            [NavigationButton(step, Navigation.FirstPart, version)],
            [NavigationButton(step, Navigation.Shorter, version)],
            .. Buttons(step, profile, [], version),
        ]);

    /// <summary>The same buttons with a short note of what is ticked, after a multi-choice tick.</summary>
    public static Reply RenderSelection(MultiChoiceStep step, Profile profile, IReadOnlyList<string> selection, int version)
    {
        var ticked = step.Ticked(selection).Select(o => o.Label).ToList();
        var text = ticked.Count == 0 ? step.Copy.NothingTicked : step.Copy.SoFar(ticked);
        return new Reply(text, Buttons(step, profile, selection, version));
    }

    private static List<IReadOnlyList<Button>> Buttons(OnboardingStep step, Profile profile, IReadOnlyList<string> selection, int version)
    {
        var isMultiChoice = step is MultiChoiceStep;
        var rows = step.Options
            .Select(o => new Button(
                isMultiChoice && selection.Contains(o.Key) ? Tick + o.Label : o.Label,
                ButtonPayload.Answer(version, o.Key)))
            .Chunk(step.OptionsPerRow)
            .Select(IReadOnlyList<Button> (row) => row)
            .ToList();

        var navigation = step.NavigationFor(profile);
        if (navigation.Contains(Navigation.Done))
        {
            rows.Add([NavigationButton(step, Navigation.Done, version)]);
        }

        var moves = navigation.Where(n => n != Navigation.Done).Select(n => NavigationButton(step, n, version)).ToList();
        if (moves.Count > 0)
        {
            rows.Add(moves);
        }

        return rows;
    }

    private static Button NavigationButton(OnboardingStep step, Navigation navigation, int version) =>
        new(step.NavigationLabel(navigation), ButtonPayload.Navigate(version, navigation));
}
