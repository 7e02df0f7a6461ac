using HealLink.Core.Connections;
using HealLink.Core.Languages;
using HealLink.Core.Messaging;

namespace HealLink.Core.Conversations;

/// <summary>
/// The conversation side of connections: where what someone types goes when they are talking with someone, and the
/// commands and buttons about their conversations. It only decides and asks; the pipeline checks each connection
/// against the database when it acts, so an old button is answered honestly.
/// </summary>
internal static class ConnectionConversation
{
    /// <summary>
    /// Sends typed text to a conversation: the one it was written in (a topic, a reply), else the only one or the
    /// one chosen, when no question is open. <see cref="Route.NotForAConversation"/> when it is for the bot.
    /// </summary>
    public static Route TryRoute(Turn turn, string text, bool crisis)
    {
        var route = Target(turn, out var target);
        if (route == Route.Relayed)
        {
            turn.Ask(new ConversationIntent.Relay(target!.Id, text, crisis));
        }
        else if (route == Route.Held)
        {
            // Never guessed: the message waits in their state, after any held before it, until they say who it is for.
            HeldMessages.Add(turn.State, new HeldMessage(text));
            turn.StateChanged();
            turn.Say(new Reply(turn.Copy.Connections.WhichConversation, TalkButtons(turn.Copy, Active(turn))));
        }

        return route;
    }

    /// <summary>A photo, voice note or the like: passed on as a copy where text would be; false when not for a conversation.</summary>
    public static bool TryRouteMedia(Turn turn, MediaInput media, bool crisis)
    {
        var route = Target(turn, out var target);
        if (route == Route.Relayed)
        {
            turn.Ask(new ConversationIntent.RelayMedia(target!.Id, media, crisis));
        }
        else if (route == Route.Held)
        {
            HeldMessages.Add(turn.State, HeldMessage.Of(media));
            turn.StateChanged();
            turn.Say(new Reply(turn.Copy.Connections.WhichConversation, TalkButtons(turn.Copy, Active(turn))));
        }

        return route != Route.NotForAConversation;
    }

    /// <summary>Something that cannot be passed on (a location, a contact): told why, when it was meant for a conversation.</summary>
    public static bool TryRefuse(Turn turn, string kind)
    {
        if (Target(turn, out _) is Route.NotForAConversation or Route.Refused)
        {
            return false;
        }

        turn.Say(turn.Copy.Connections.CannotPassOn(kind));
        return true;
    }

    /// <summary>Where input goes: which conversation, or why none.</summary>
    private static Route Target(Turn turn, out ConnectionSummary? target)
    {
        var active = Active(turn);
        target = null;
        if (turn.AddressedConnectionId is { } addressed)
        {
            // Written in a conversation's topic, or as a reply to it: for that conversation whatever else is open.
            target = active.FirstOrDefault(c => c.Id == addressed);
            if (target is null)
            {
                turn.Say(turn.Copy.Connections.ConversationGone);
                return Route.Refused;
            }
        }
        else if (active.Count == 0 || turn.State.Mode != ConversationMode.Idle)
        {
            return Route.NotForAConversation;
        }
        else
        {
            target = active.Count == 1 ? active[0] : active.FirstOrDefault(c => c.Id == turn.State.CurrentConnectionId);
        }

        if (turn.IsSuspended)
        {
            turn.Say(turn.Copy.Connections.Suspended);
            return Route.Refused;
        }

        return target is null ? Route.Held : Route.Relayed;
    }

    /// <summary>"Talk with Ana": what they type goes there from now on, starting with a message held for the choice.</summary>
    public static void TalkTo(Turn turn, long connectionId)
    {
        var target = Active(turn).FirstOrDefault(c => c.Id == connectionId);
        if (target is null)
        {
            turn.Say(turn.Copy.Connections.ConversationGone);
            ListConversations(turn);
            return;
        }

        turn.State.CurrentConnectionId = target.Id;
        turn.StateChanged();
        var held = HeldMessages.Read(turn.State);
        if (held.Count > 0 && !turn.IsSuspended)
        {
            HeldMessages.Clear(turn.State);
            foreach (var message in held)
            {
                turn.Ask(message.RelayTo(target.Id));
            }
        }
        else
        {
            turn.Say(turn.Copy.Connections.NowTalkingWith(target.OtherName));
        }
    }

    /// <summary>/mentor and /mentees: the person's conversations and requests, with what they can do about each.</summary>
    public static void ListConversations(Turn turn)
    {
        if (turn.Connections.Count == 0)
        {
            turn.Say(new Reply(turn.Copy.Connections.NoConversation, turn.Profile.Role == People.Role.Mentee ? [[turn.Copy.Connections.LookAgainButton]] : []));
            return;
        }

        var several = Active(turn).Count > 1;
        foreach (var connection in turn.Connections)
        {
            turn.Say(connection switch
            {
                { IsActive: true } => new Reply(
                    turn.Copy.Connections.Talking(connection.OtherName, several && connection.Id == turn.State.CurrentConnectionId),
                    several ? [[new Button(turn.Copy.Connections.TalkLabel(connection.OtherName), ButtonPayload.TalkTo(connection.Id))]] : []),
                { IsMentor: true } => new Reply(
                    turn.Copy.Connections.PendingForMentor(connection.OtherName),
                    turn.Copy.Connections.AnswerButtons(connection.Id)),
                _ => new Reply(
                    turn.Copy.Connections.Pending(connection.OtherName),
                    [[new Button(turn.Copy.Connections.WithdrawLabel(connection.OtherName), ButtonPayload.Withdraw(connection.Id))]]),
            });
        }
    }

    /// <summary>/switch: buttons for each conversation.</summary>
    public static void Switch(Turn turn)
    {
        var active = Active(turn);
        if (active.Count == 0)
        {
            turn.Say(turn.Copy.Connections.NoConversation);
        }
        else if (active.Count == 1)
        {
            turn.Say(turn.Copy.Connections.NowTalkingWith(active[0].OtherName));
        }
        else
        {
            turn.Say(new Reply(turn.Copy.Connections.ChooseConversation, TalkButtons(turn.Copy, active)));
        }
    }

    /// <summary>/end, /block, /report: one button per conversation it could be about, so nothing is ended by guess.</summary>
    public static void AskAbout(Turn turn, BotCommand command)
    {
        var active = Active(turn);
        if (active.Count == 0)
        {
            turn.Say(turn.Copy.Connections.NoConversation);
            return;
        }

        var names = string.Join(" or ", active.Select(c => c.OtherName));
        var question = command switch
        {
            BotCommand.End => turn.Copy.Connections.EndQuestion(names),
            BotCommand.Block => turn.Copy.Connections.BlockQuestion(names),
            _ => turn.Copy.Connections.ReportQuestion(names),
        };
        turn.Say(new Reply(question, [.. active.Select(c => (IReadOnlyList<Button>)[ButtonFor(turn.Copy, command, c)]), [new Button(turn.Copy.Connections.KeepTalkingLabel, ButtonPayload.Action(BotCommand.Start))]]));
    }

    /// <summary>/icebreaker: for the conversation it was typed in, else the only or current one.</summary>
    public static void SuggestOpenings(Turn turn)
    {
        var active = Active(turn);
        var target = active.FirstOrDefault(c => c.Id == turn.AddressedConnectionId)
            ?? (active.Count == 1 ? active[0] : active.FirstOrDefault(c => c.Id == turn.State.CurrentConnectionId));
        if (target is null)
        {
            turn.Say(active.Count == 0 ? turn.Copy.Connections.NoConversation : turn.Copy.Connections.IcebreakerWhichConversation);
            return;
        }

        turn.Ask(new ConversationIntent.SuggestOpenings(target.Id));
    }

    private static Button ButtonFor(CopyTable copy, BotCommand command, ConnectionSummary connection) => command switch
    {
        BotCommand.End => new Button(copy.Connections.EndLabel(connection.OtherName), ButtonPayload.End(connection.Id)),
        BotCommand.Block => new Button(copy.Connections.BlockLabel(connection.OtherName), ButtonPayload.Block(connection.Id)),
        _ => new Button(copy.Connections.ReportLabel(connection.OtherName), ButtonPayload.Report(connection.Id)),
    };

    /// <summary>What they type after rating is their comment; a command instead leaves the question.</summary>
    public static void Comment(Turn turn, string text)
    {
        turn.State.Mode = ConversationMode.Idle;
        turn.StateChanged();
        turn.Ask(new ConversationIntent.Comment(text));
        turn.Say(WhatNext.For(turn.Copy, turn.Profile, turn.Copy.Connections.CommentThanks, turn.Connections));
    }

    public static void NoComment(Turn turn)
    {
        if (turn.State.Mode == ConversationMode.Commenting)
        {
            turn.State.Mode = ConversationMode.Idle;
            turn.StateChanged();
        }

        turn.Say(WhatNext.For(turn.Copy, turn.Profile, turn.Copy.Conversation.NothingChanged));
    }

    /// <summary>An edit of a message: passed on when it was relayed; the pipeline checks which message it was.</summary>
    public static bool TryRelayEdit(Turn turn, EditedText edit)
    {
        if (Active(turn).Count == 0)
        {
            return false;
        }

        turn.Ask(new ConversationIntent.RelayEdit(edit.MessageId, edit.Text));
        return true;
    }

    private static List<ConnectionSummary> Active(Turn turn) => [.. turn.Connections.Where(c => c.IsActive)];

    private static IReadOnlyList<IReadOnlyList<Button>> TalkButtons(CopyTable copy, IEnumerable<ConnectionSummary> active) =>
        [.. active.Select(c => (IReadOnlyList<Button>)[new Button(copy.Connections.TalkLabel(c.OtherName), ButtonPayload.TalkTo(c.Id))])];
}

/// <summary>Where one input goes.</summary>
internal enum Route
{
    /// <summary>For the bot: no conversation, or a question is open.</summary>
    NotForAConversation,

    /// <summary>Passed on to a conversation.</summary>
    Relayed,

    /// <summary>Kept until the person says which of their conversations it is for.</summary>
    Held,

    /// <summary>Meant for a conversation that cannot take it (ended, or the person is suspended); they were told.</summary>
    Refused,
}
