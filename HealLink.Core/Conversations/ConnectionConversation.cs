using HealLink.Core.Connections;
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
    /// Sends typed text to a conversation when the person is in one and no question is open. False when the text is
    /// not for a conversation (no conversation, or a question is being answered).
    /// </summary>
    public static bool TryRoute(Turn turn, string text, bool crisis)
    {
        var active = Active(turn);
        if (active.Count == 0 || turn.State.Mode != ConversationMode.Idle)
        {
            return false;
        }

        if (turn.IsSuspended)
        {
            turn.Say(ConnectionCopy.Suspended);
            return true;
        }

        var target = active.Count == 1 ? active[0] : active.FirstOrDefault(c => c.Id == turn.State.CurrentConnectionId);
        if (target is null)
        {
            // Never guessed: the message waits in their state until they say who it is for.
            turn.State.HeldText = text;
            turn.StateChanged();
            turn.Say(new Reply(ConnectionCopy.WhichConversation, TalkButtons(active)));
            return true;
        }

        turn.Ask(new ConversationIntent.Relay(target.Id, text, crisis));
        return true;
    }

    /// <summary>"Talk with Ana": what they type goes there from now on, starting with a message held for the choice.</summary>
    public static void TalkTo(Turn turn, long connectionId)
    {
        var target = Active(turn).FirstOrDefault(c => c.Id == connectionId);
        if (target is null)
        {
            turn.Say(ConnectionCopy.ConversationGone);
            ListConversations(turn);
            return;
        }

        turn.State.CurrentConnectionId = target.Id;
        turn.StateChanged();
        if (turn.State.HeldText is { } held && !turn.IsSuspended)
        {
            turn.State.HeldText = null;
            turn.Ask(new ConversationIntent.Relay(target.Id, held, Crisis: false));
        }
        else
        {
            turn.Say(ConnectionCopy.NowTalkingWith(target.OtherName));
        }
    }

    /// <summary>/mentor and /mentees: the person's conversations and requests, with what they can do about each.</summary>
    public static void ListConversations(Turn turn)
    {
        if (turn.Connections.Count == 0)
        {
            turn.Say(new Reply(ConnectionCopy.NoConversation, turn.Profile.Role == People.Role.Mentee ? [[ConnectionCopy.LookAgainButton]] : []));
            return;
        }

        var several = Active(turn).Count > 1;
        foreach (var connection in turn.Connections)
        {
            turn.Say(connection switch
            {
                { IsActive: true } => new Reply(
                    ConnectionCopy.Talking(connection.OtherName, several && connection.Id == turn.State.CurrentConnectionId),
                    several ? [[new Button(ConnectionCopy.TalkLabel(connection.OtherName), ButtonPayload.TalkTo(connection.Id))]] : []),
                { IsMentor: true } => new Reply(
                    ConnectionCopy.PendingForMentor(connection.OtherName),
                    ConnectionCopy.AnswerButtons(connection.Id)),
                _ => new Reply(
                    ConnectionCopy.Pending(connection.OtherName),
                    [[new Button(ConnectionCopy.WithdrawLabel(connection.OtherName), ButtonPayload.Withdraw(connection.Id))]]),
            });
        }
    }

    /// <summary>/switch: buttons for each conversation.</summary>
    public static void Switch(Turn turn)
    {
        var active = Active(turn);
        if (active.Count == 0)
        {
            turn.Say(ConnectionCopy.NoConversation);
        }
        else if (active.Count == 1)
        {
            turn.Say(ConnectionCopy.NowTalkingWith(active[0].OtherName));
        }
        else
        {
            turn.Say(new Reply(ConnectionCopy.ChooseConversation, TalkButtons(active)));
        }
    }

    /// <summary>/end, /block, /report: one button per conversation it could be about, so nothing is ended by guess.</summary>
    public static void AskAbout(Turn turn, BotCommand command)
    {
        var active = Active(turn);
        if (active.Count == 0)
        {
            turn.Say(ConnectionCopy.NoConversation);
            return;
        }

        var (question, button) = command switch
        {
            BotCommand.End => ((Func<string, string>)ConnectionCopy.EndQuestion, (Func<ConnectionSummary, Button>)(c => new Button(ConnectionCopy.EndLabel(c.OtherName), ButtonPayload.End(c.Id)))),
            BotCommand.Block => (ConnectionCopy.BlockQuestion, c => new Button(ConnectionCopy.BlockLabel(c.OtherName), ButtonPayload.Block(c.Id))),
            _ => (ConnectionCopy.ReportQuestion, c => new Button(ConnectionCopy.ReportLabel(c.OtherName), ButtonPayload.Report(c.Id))),
        };
        var names = string.Join(" or ", active.Select(c => c.OtherName));
        turn.Say(new Reply(question(names), [.. active.Select(c => (IReadOnlyList<Button>)[button(c)]), [new Button(ConnectionCopy.KeepTalkingLabel, ButtonPayload.Action(BotCommand.Start))]]));
    }

    /// <summary>What they type after rating is their comment; a command instead leaves the question.</summary>
    public static void Comment(Turn turn, string text)
    {
        turn.State.Mode = ConversationMode.Idle;
        turn.StateChanged();
        turn.Ask(new ConversationIntent.Comment(text));
        turn.Say(ConnectionCopy.CommentThanks);
    }

    public static void NoComment(Turn turn)
    {
        if (turn.State.Mode == ConversationMode.Commenting)
        {
            turn.State.Mode = ConversationMode.Idle;
            turn.StateChanged();
        }

        turn.Say(WhatNext.For(turn.Profile, ConversationCopy.NothingChanged));
    }

    private static List<ConnectionSummary> Active(Turn turn) => [.. turn.Connections.Where(c => c.IsActive)];

    private static IReadOnlyList<IReadOnlyList<Button>> TalkButtons(IEnumerable<ConnectionSummary> active) =>
        [.. active.Select(c => (IReadOnlyList<Button>)[new Button(ConnectionCopy.TalkLabel(c.OtherName), ButtonPayload.TalkTo(c.Id))])];
}
