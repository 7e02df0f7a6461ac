using HealLink.Core.Languages;
using HealLink.Core.Matching;
using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Conversations;

/// <summary>
/// The commands, typed at any time or pressed as action buttons. After a command that is not itself a move, an
/// open question is shown again so the person never loses their place.
/// </summary>
internal static class CommandHandler
{
    public static void Handle(Turn turn, BotCommand? command, string typedName)
    {
        switch (command)
        {
            case BotCommand.Start:
                Start(turn);
                break;
            case BotCommand.Help:
                turn.Say(turn.Copy.Conversation.HelpFor(turn.Profile.Role));
                ShowOpenQuestion(turn);
                break;
            case BotCommand.Profile:
                ShowProfile(turn);
                break;
            case BotCommand.Edit:
                Edit(turn);
                break;
            case BotCommand.Match:
                Match(turn);
                break;
            case BotCommand.Browse:
                Browse(turn, BrowseFilter.Any);
                break;
            case BotCommand.Back:
                Back(turn);
                break;
            case BotCommand.Cancel:
                Cancel(turn);
                break;
            case BotCommand.Delete:
                AskToErase(turn);
                break;
            case BotCommand.Mentees or BotCommand.Mentor:
                ConnectionConversation.ListConversations(turn);
                ShowOpenQuestion(turn);
                break;
            case BotCommand.Switch:
                ConnectionConversation.Switch(turn);
                ShowOpenQuestion(turn);
                break;
            case BotCommand.End or BotCommand.Report or BotCommand.Block:
                ConnectionConversation.AskAbout(turn, command.Value);
                ShowOpenQuestion(turn);
                break;
            case BotCommand.Icebreaker:
                ConnectionConversation.SuggestOpenings(turn);
                break;
            case BotCommand.TimeZone:
                TimeZoneQuestion.Ask(turn, turn.Flow.Copy);
                break;
            case BotCommand.Language:
                turn.Say(new Reply(
                    turn.Copy.Conversation.LanguageQuestion,
                    [[.. Language.Supported.Select(language => new Button(language.Name, ButtonPayload.Language(language)))]]));
                break;
            case BotCommand.Export:
                turn.Say(turn.Copy.Conversation.ExportLead);
                turn.Ask(new ConversationIntent.ExportPerson());
                break;
            default:
                turn.Say(turn.Copy.Conversation.UnknownCommand(typedName, turn.Profile.Role));
                ShowOpenQuestion(turn);
                break;
        }
    }

    /// <summary>Their choice of language, said in it; an open question is asked again in it.</summary>
    public static void SpeakIn(Turn turn, Language language)
    {
        turn.SpeakIn(language);
        turn.Say(turn.Copy.Conversation.LanguageChosen);
        ShowOpenQuestion(turn);
    }

    /// <summary>
    /// Asks before erasing: the button carries the state's version, so only the question as just asked erases;
    /// an old one pressed after the person carried on is asked again.
    /// </summary>
    private static void AskToErase(Turn turn) =>
        turn.Say(new Reply(
            turn.Copy.Conversation.EraseQuestion,
            [[new Button(turn.Copy.Conversation.EraseYes, ButtonPayload.ConfirmErase(turn.State.Version)), new Button(turn.Copy.Conversation.EraseNo, ButtonPayload.Action(BotCommand.Start))]]));

    public static void Erase(Turn turn, int version)
    {
        if (turn.IsNew || version != turn.State.Version)
        {
            turn.Say(turn.Copy.Conversation.EraseStale);
            AskToErase(turn);
            return;
        }

        turn.Say(turn.Copy.Conversation.Erased);
        turn.Ask(new ConversationIntent.ErasePerson());
    }

    private static void Start(Turn turn)
    {
        if (turn.IsNew)
        {
            OnboardingConversation.Start(turn);
        }
        else if (turn.State.Mode != ConversationMode.Idle && OnboardingConversation.CurrentStep(turn) is { } step)
        {
            if (turn.State.Mode == ConversationMode.Paused)
            {
                turn.State.Mode = ConversationMode.Onboarding;
                turn.StateChanged();
            }

            turn.Say(turn.Copy.Conversation.WelcomeBack);
            Questions.Reask(turn, step);
        }
        else if (turn.IsFinished)
        {
            turn.Say(WhatNext.For(turn.Copy, turn.Profile, turn.Copy.Conversation.Greeting(turn.Profile.DisplayName), turn.Connections));
        }
        else
        {
            OnboardingConversation.ShowWhereWeAre(turn);
        }
    }

    private static void ShowProfile(Turn turn)
    {
        if (turn.IsNew)
        {
            turn.Say(turn.Copy.Conversation.NoProfileYet);
            OnboardingConversation.Start(turn);
            return;
        }

        var paused = turn.State.Mode == ConversationMode.Paused;
        if (turn.IsFinished)
        {
            var summary = turn.Flow.Summarise(turn.Profile);
            turn.Say(turn.Copy.Conversation.ProfileShown(
                turn.Profile.Role == Role.Mentor ? summary + "\n\n" + turn.Copy.Conversation.ReviewStatus(turn.Profile.VettingStatus) : summary));
        }
        else if (turn.Profile.Role is null)
        {
            turn.Say(turn.Copy.Conversation.ProfileNotStarted);
        }
        else if (paused)
        {
            turn.Say(new Reply(
                turn.Copy.Conversation.ProfileSoFar(turn.Flow.Summarise(turn.Profile), paused: true),
                [[turn.Copy.Conversation.ContinueButton]]));
            return;
        }
        else
        {
            turn.Say(turn.Copy.Conversation.ProfileSoFar(turn.Flow.Summarise(turn.Profile), paused: false));
        }

        ShowOpenQuestion(turn);
    }

    private static void Edit(Turn turn)
    {
        var atSummary = turn.State.Mode == ConversationMode.Onboarding && turn.State.StepKey == StepKeys.Summary;
        var canEdit = turn.IsFinished || atSummary || turn.State.Mode == ConversationMode.Editing;
        if (canEdit && ProfileEditing.OpenMenu(turn))
        {
            return;
        }

        if (turn.IsNew)
        {
            OnboardingConversation.Start(turn);
        }
        else
        {
            turn.Say(turn.Copy.Conversation.EditAfterFinishing);
            OnboardingConversation.ShowWhereWeAre(turn);
        }
    }

    private static void Match(Turn turn) => Matching(turn, new ConversationIntent.FindMatches(Skip: 0));

    /// <summary>The /browse menu with this filter, for a mentee with a finished profile.</summary>
    public static void Browse(Turn turn, BrowseFilter filter)
    {
        if (MayMatch(turn))
        {
            turn.Say(BrowseMenu.Render(turn.Profile, filter));
        }
    }

    /// <summary>Find my match, Show more, Choose for me, Connect: for a mentee with a finished profile.</summary>
    public static void Matching(Turn turn, ConversationIntent intent)
    {
        if (MayMatch(turn))
        {
            turn.Ask(intent);
        }
    }

    /// <summary>Matching is for mentees with a finished profile; anyone else is told why, and shown where they are.</summary>
    private static bool MayMatch(Turn turn)
    {
        if (!turn.IsFinished)
        {
            turn.Say(turn.Copy.Conversation.MatchAfterFinishing);
            OnboardingConversation.ShowWhereWeAre(turn);
            return false;
        }

        if (turn.Profile.Role != Role.Mentee)
        {
            turn.Say(turn.Copy.Conversation.MatchIsForMentees);
            ShowOpenQuestion(turn);
            return false;
        }

        if (turn.IsSuspended)
        {
            turn.Say(turn.Copy.Connections.Suspended);
            return false;
        }

        // Matching leaves any question being changed: the cards are what they answer now.
        if (turn.State.Mode == ConversationMode.Editing)
        {
            Questions.BecomeIdle(turn);
        }

        return true;
    }

    private static void Back(Turn turn)
    {
        if (turn.IsNew || turn.State.Mode == ConversationMode.Paused)
        {
            OnboardingConversation.ShowWhereWeAre(turn);
        }
        else
        {
            OnboardingConversation.Back(turn);
        }
    }

    private static void Cancel(Turn turn)
    {
        var mode = turn.State.Mode;
        if (mode == ConversationMode.Editing)
        {
            ProfileEditing.Cancel(turn);
        }
        else if (mode == ConversationMode.Onboarding && !turn.IsNew)
        {
            turn.State.Mode = ConversationMode.Paused;
            turn.StateChanged();
            turn.Say(turn.Copy.Conversation.PausedNow);
        }
        else
        {
            turn.Say(turn.Copy.Conversation.NothingToCancel);
        }
    }

    /// <summary>Re-shows a question that is still open (or welcomes someone new); says nothing otherwise.</summary>
    private static void ShowOpenQuestion(Turn turn)
    {
        if (turn.IsNew || turn.State.Mode is ConversationMode.Onboarding or ConversationMode.Editing)
        {
            OnboardingConversation.ShowWhereWeAre(turn);
        }
    }
}
