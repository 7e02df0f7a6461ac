using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.Safety;

namespace HealLink.Core.Conversations;

/// <summary>
/// Decides what one input from a person means for their profile and conversation, and what to say back. Pure
/// logic over the entities it is given: no database, no I/O, and nothing the person wrote is logged.
/// </summary>
public sealed class ConversationHandler
{
    private readonly TimeProvider _timeProvider;
    private readonly CrisisDetector _crisisDetector = new();
    private readonly OnboardingFlows _flows = new();

    public ConversationHandler(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// Applies one input from the person to their profile and conversation state (mutating them) and returns
    /// the replies to send back to that same person, in order.
    /// </summary>
    public IReadOnlyList<Reply> Handle(ConversationContext context, InboundContent content) => HandleTurn(context, content).Replies;

    /// <summary>As <see cref="Handle"/>, and also what the pipeline must do beyond replying (such as matching).</summary>
    public TurnOutcome HandleTurn(ConversationContext context, InboundContent content) => HandleTurn(context, content, assessedCrisis: null);

    /// <summary>
    /// As above, with a crisis verdict reached before the turn by <see cref="ICrisisAssessor"/>, whose semantic path
    /// embeds the text: work a pure handler does not do. The phrase lists still look here, so a verdict can add a
    /// crisis but never hide one.
    /// </summary>
    public TurnOutcome HandleTurn(ConversationContext context, InboundContent content, CrisisMatch? assessedCrisis)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(content);

        var turn = new Turn(context, _timeProvider.GetUtcNow(), _flows);
        switch (content)
        {
            case TextInput text:
                HandleText(turn, FreeText.Clean(text.Text), assessedCrisis);
                break;
            case ButtonPress press:
                HandleButton(turn, ButtonPayload.Parse(press.Payload));
                break;
            case MediaInput media:
                HandleMedia(turn, media, assessedCrisis);
                break;
            case EditedText edit:
                if (!ConnectionConversation.TryRelayEdit(turn, edit))
                {
                    turn.Say(turn.Copy.Connections.EditNotPassedOn);
                }

                break;
            case UnsupportedInput unsupported when ConnectionConversation.TryRefuse(turn, unsupported.Kind):
                break;
            default:
                HandleUnreadable(turn);
                break;
        }

        return new TurnOutcome(turn.Replies, turn.Intents);
    }

    private void HandleText(Turn turn, string text, CrisisMatch? assessedCrisis)
    {
        // Before anything else, whatever state they are in.
        var crisis = assessedCrisis is not null || _crisisDetector.IsCrisis(text);
        if (crisis)
        {
            turn.Say(CrisisReply.For(turn.Copy.Language));
        }

        var isCommand = SlashCommand.TryParse(text, out var command);
        if (turn.State.Mode == ConversationMode.Commenting && (isCommand || crisis))
        {
            // A command (or words in crisis) is not a comment on the rating: the question is left behind.
            turn.State.Mode = ConversationMode.Idle;
            turn.StateChanged();
        }

        // Decided before the words change anything (an intro answered moves the question on).
        var crisisSource = crisis ? CrisisSourceOf(turn, isCommand) : CrisisSource.Chat;
        var route = Route.NotForAConversation;
        if (isCommand)
        {
            CommandHandler.Handle(turn, command!.Command, command.Name);
        }
        else if (turn.State.Mode == ConversationMode.Commenting)
        {
            ConnectionConversation.Comment(turn, text);
        }
        else if ((route = ConnectionConversation.TryRoute(turn, text, crisis)) != Route.NotForAConversation)
        {
            // Passed on, held until they say who it is for, or refused with a reason.
        }
        else if (turn.State.Mode == ConversationMode.Idle && turn.IsFinished)
        {
            turn.Say(WhatNext.For(turn.Copy, turn.Profile, turn.Copy.Conversation.Greeting(turn.Profile.DisplayName), turn.Connections));
        }
        else if (turn.IsNew || turn.State.Mode == ConversationMode.Paused)
        {
            OnboardingConversation.ShowWhereWeAre(turn);
        }
        else if (crisis && OnboardingConversation.CurrentStep(turn)?.Key != StepKeys.Intro)
        {
            // Words written in crisis are never kept as an answer (a profile reading "Procedure: I don't want to
            // live anymore" would be shown to a mentor); the open question is asked again, without pressure. The
            // intro is the exception: it is the person's story, which may rightly tell of a dark time (a mentor's
            // often does), and refusing it would leave them unable to finish.
            turn.Say(turn.Copy.Conversation.AfterCrisis);
            OnboardingConversation.ShowWhereWeAre(turn);
        }
        else
        {
            OnboardingConversation.Answer(turn, new TypedAnswer(text));
        }

        if (crisis && route != Route.Relayed)
        {
            // A relayed message raises its flag with the conversation it was written in.
            turn.Ask(new ConversationIntent.FlagCrisis(crisisSource, text));
        }
    }

    /// <summary>Where crisis words were written, for the coordinators' flag.</summary>
    private static CrisisSource CrisisSourceOf(Turn turn, bool isCommand) =>
        isCommand || turn.State.Mode is ConversationMode.Idle or ConversationMode.Paused || turn.IsNew ? CrisisSource.Chat
        : OnboardingConversation.CurrentStep(turn)?.Key == StepKeys.Intro ? CrisisSource.Intro
        : CrisisSource.Answer;

    private static void HandleButton(Turn turn, PressedButton? pressed)
    {
        if (pressed is PressedButton.Command command)
        {
            CommandHandler.Handle(turn, command.Name, ButtonPayload.Action(command.Name));
            return;
        }

        if (pressed is PressedButton.EraseConfirmed erase)
        {
            CommandHandler.Erase(turn, erase.Version);
            return;
        }

        if (pressed is PressedButton.Browse browse)
        {
            CommandHandler.Browse(turn, browse.Filter);
            return;
        }

        if (pressed is PressedButton.Matching matching)
        {
            CommandHandler.Matching(turn, matching.Intent);
            return;
        }

        switch (pressed)
        {
            case PressedButton.OnConnection { Intent: ConversationIntent.Rate } rate:
                turn.Ask(rate.Intent);
                return;
            case PressedButton.OnConnection action when turn.IsSuspended && action.Intent is not ConversationIntent.Report:
                turn.Say(turn.Copy.Connections.Suspended);
                return;
            case PressedButton.OnConnection action:
                turn.Ask(action.Intent);
                return;
            case PressedButton.TalkTo talk:
                ConnectionConversation.TalkTo(turn, talk.ConnectionId);
                return;
            case PressedButton.NoComment:
                ConnectionConversation.NoComment(turn);
                return;
            case PressedButton.SetTimeZone zone:
                TimeZoneQuestion.Choose(turn, zone.Zone, turn.Flow.Copy);
                return;
            case PressedButton.SetLanguage language:
                CommandHandler.SpeakIn(turn, language.Language);
                return;
        }

        if (turn.IsNew || turn.State.Mode == ConversationMode.Paused)
        {
            OnboardingConversation.ShowWhereWeAre(turn);
            return;
        }

        var (version, input) = pressed switch
        {
            PressedButton.Answer answer => (answer.Version, (StepInput?)new OptionPressed(answer.Key)),
            PressedButton.Move move => (move.Version, new NavigationPressed(move.Navigation)),
            _ => (0, null),
        };

        if (input is null)
        {
            turn.Say(turn.Copy.Conversation.UnknownButton);
            OnboardingConversation.ShowWhereWeAre(turn);
        }
        else if (version != turn.State.Version || OnboardingConversation.CurrentStep(turn) is null)
        {
            turn.Say(turn.Copy.Conversation.StaleButton);
            OnboardingConversation.ShowWhereWeAre(turn);
        }
        else
        {
            OnboardingConversation.Answer(turn, input);
        }
    }

    private void HandleMedia(Turn turn, MediaInput media, CrisisMatch? assessedCrisis)
    {
        var crisis = assessedCrisis is not null || (media.Caption is { } caption && _crisisDetector.IsCrisis(caption));
        if (crisis)
        {
            turn.Say(CrisisReply.For(turn.Copy.Language));
        }

        if (!ConnectionConversation.TryRouteMedia(turn, media, crisis))
        {
            if (crisis)
            {
                turn.Ask(new ConversationIntent.FlagCrisis(CrisisSource.Chat, media.Caption!));
            }

            HandleUnreadable(turn);
        }
    }

    private static void HandleUnreadable(Turn turn)
    {
        if (turn.IsNew || turn.State.Mode == ConversationMode.Paused)
        {
            OnboardingConversation.ShowWhereWeAre(turn);
            return;
        }

        var idle = turn.State.Mode == ConversationMode.Idle;
        turn.Say(idle ? turn.Copy.Conversation.TextOnlyIdle : turn.Copy.Conversation.TextOnly);
        OnboardingConversation.ShowWhereWeAre(turn);
    }
}
