using HealLink.Core.Languages;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Conversations;

/// <summary>
/// Moves a person through the onboarding tables: finds the open question, applies what that step made of an
/// answer, and goes forward, back, to the edit menu or to the end.
/// </summary>
internal static class OnboardingConversation
{
    /// <summary>Welcome someone new and ask for consent.</summary>
    public static void Start(Turn turn)
    {
        turn.Say(turn.Flow.Copy.Welcome);
        Questions.Ask(turn, turn.Flow.First, ConversationMode.Onboarding);
    }

    /// <summary>The question waiting for an answer, or null when none is (idle, or a key we no longer know).</summary>
    public static OnboardingStep? CurrentStep(Turn turn)
    {
        var (mode, key, role) = (turn.State.Mode, turn.State.StepKey, turn.Profile.Role);
        return mode switch
        {
            ConversationMode.Onboarding or ConversationMode.Paused => turn.Flow.Find(role, key),
            ConversationMode.Editing when role is { } known =>
                key == StepKeys.EditMenu ? turn.Flow.EditMenu(known) : turn.Flow.FindEditable(known, key),
            _ => null,
        };
    }

    /// <summary>Shows where the person is — the open question, or what they can do next — changing nothing.</summary>
    public static void ShowWhereWeAre(Turn turn)
    {
        if (turn.IsNew)
        {
            Start(turn);
        }
        else if (turn.State.Mode == ConversationMode.Paused)
        {
            turn.Say(turn.Copy.Conversation.Paused, turn.Copy.Conversation.ContinueButton);
        }
        else if (CurrentStep(turn) is { } step)
        {
            Questions.Reask(turn, step);
        }
        else if (turn.IsFinished)
        {
            if (turn.State.Mode != ConversationMode.Idle)
            {
                Questions.BecomeIdle(turn);
            }

            turn.Say(WhatNext.For(turn.Copy, turn.Profile, lead: null));
        }
        else
        {
            // A step key we no longer know (renamed in a release) or idle without a finished profile: answers
            // are kept, and the questions start again from the top.
            Questions.Ask(turn, turn.Flow.First, ConversationMode.Onboarding);
        }
    }

    public static void Answer(Turn turn, StepInput input)
    {
        if (CurrentStep(turn) is not { } step)
        {
            ShowWhereWeAre(turn);
            return;
        }

        switch (Interpret(turn, step, input))
        {
            case OverLimit over when step is TextStep textStep:
                AnswerDrafts.Keep(turn, textStep, over.Draft);
                break;
            case ShorterPromised when step is TextStep textStep:
                turn.Say(turn.Copy.Drafts.SendShorter(textStep.MaxLength));
                break;
            case InvalidAnswer invalid:
                turn.Say(invalid.Message);
                Questions.Reask(turn, step);
                break;
            case SelectionChanged changed when step is MultiChoiceStep multiChoice:
                turn.State.PendingSelection = [.. changed.Selection];
                turn.StateChanged();
                turn.Say(QuestionRenderer.RenderSelection(multiChoice, turn.Profile, changed.Selection, turn.State.Version));
                break;
            case WentBack:
                Back(turn);
                break;
            case Answered answered:
                Apply(turn, step, answered);
                break;
            default:
                turn.Say(turn.Copy.Conversation.UnknownButton);
                Questions.Reask(turn, step);
                break;
        }
    }

    /// <summary>The previous question of the same sequence; while editing, see <see cref="ProfileEditing.Back"/>.</summary>
    public static void Back(Turn turn)
    {
        if (CurrentStep(turn) is not { } step)
        {
            turn.Say(turn.Copy.Conversation.NoQuestion);
        }
        else if (turn.State.Mode == ConversationMode.Editing)
        {
            ProfileEditing.Back(turn);
        }
        else if (step.OffersBack && turn.Flow.Previous(turn.Profile.Role, step.Key) is { } previous)
        {
            Questions.Ask(turn, previous, ConversationMode.Onboarding, showCurrent: true);
        }
        else
        {
            turn.Say(turn.Copy.Conversation.FirstQuestion);
            Questions.Reask(turn, step);
        }
    }

    /// <summary>While a draft is held, its own two buttons come first; anything else the question reads as usual.</summary>
    private static StepOutcome Interpret(Turn turn, OnboardingStep step, StepInput input) =>
        (step is TextStep text && AnswerDrafts.For(turn.State, step) is { } draft ? text.InterpretDraft(input, draft) : null)
        ?? step.Interpret(input, turn.Profile, turn.State.PendingSelection);

    private static void Apply(Turn turn, OnboardingStep step, Answered answered)
    {
        if (AnswerDrafts.For(turn.State, step) is not null)
        {
            // Answered in any way (its first part, a shorter one, Skip, Keep as is): the draft has done its job.
            AnswerDrafts.Drop(turn.State);
            turn.StateChanged();
        }

        if (answered.Write is { } write)
        {
            write(turn.Profile);
            turn.ProfileChanged();
            if (step.Key == StepKeys.Languages)
            {
                SpeakTheirOnlyLanguage(turn);
            }
        }

        var handled = answered.Then switch
        {
            Transition.GiveConsent => GiveConsent(turn, step),
            Transition.Decline => Decline(turn),
            Transition.Confirm => Complete(turn),
            Transition.OpenEditMenu => ProfileEditing.OpenMenu(turn),
            Transition.EditAnswer => ProfileEditing.AskAgain(turn, answered.ChosenKey),
            _ => GoForward(turn, step, changed: answered.Write is not null),
        };

        if (!handled)
        {
            ShowWhereWeAre(turn);
        }
    }

    /// <summary>
    /// Someone comfortable in only one of the languages we speak is spoken to in it from the next question on, with a
    /// line saying so (in it) and how to change it.
    /// </summary>
    private static void SpeakTheirOnlyLanguage(Turn turn)
    {
        if (turn.Profile.Languages is [var only]
            && Language.Supported.FirstOrDefault(l => l.EnglishName.Equals(only, StringComparison.OrdinalIgnoreCase)) is { } language
            && language != turn.Copy.Language)
        {
            turn.SpeakIn(language);
            turn.Say(turn.Copy.Conversation.LanguageChosen);
        }
    }

    private static bool GiveConsent(Turn turn, OnboardingStep step)
    {
        turn.Profile.ConsentedAt = turn.Now;
        turn.ProfileChanged();
        return GoForward(turn, step, changed: true);
    }

    private static bool GoForward(Turn turn, OnboardingStep step, bool changed)
    {
        if (turn.State.Mode == ConversationMode.Editing)
        {
            ProfileEditing.Finish(turn, changed);
            return true;
        }

        if (turn.Flow.Next(turn.Profile.Role, step.Key) is not { } next)
        {
            return false;
        }

        Questions.Ask(turn, next, ConversationMode.Onboarding);
        return true;
    }

    private static bool Decline(Turn turn)
    {
        ConsentSteps.ForgetAnswers(turn.Profile);
        turn.ProfileChanged();
        turn.State.Mode = ConversationMode.Onboarding;
        turn.State.StepKey = null;
        turn.State.PendingSelection = [];
        AnswerDrafts.Drop(turn.State);
        turn.StateChanged();
        turn.Say(turn.Flow.Copy.Declined);
        return true;
    }

    private static bool Complete(Turn turn)
    {
        turn.Profile.CompletedAt = turn.Now;
        if (turn.Profile.Role == Role.Mentor)
        {
            turn.Profile.VettingStatus = VettingStatus.Pending;
        }

        turn.ProfileChanged();
        Questions.BecomeIdle(turn);
        if (turn.Profile.Role == Role.Mentee)
        {
            turn.Say(turn.Flow.Copy.MenteeFinished(turn.Profile.DisplayName), turn.Copy.Conversation.FindMatchButton);
        }
        else
        {
            turn.Say(turn.Flow.Copy.MentorFinished);
        }

        return true;
    }
}
