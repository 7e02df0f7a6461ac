using System.Text.RegularExpressions;
using HealLink.Core.Connections.Opening;
using HealLink.Core.Conversations;
using HealLink.Core.Languages;
using HealLink.Core.Matching;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Connections;

/// <summary>
/// A request from its making to its answer, inside the inbound transaction: the mentor is sent the mentee's card,
/// and each answer (or the mentee withdrawing) tells both people what it means for them.
/// </summary>
public sealed class ConnectionRequests(IOptions<ConnectionsOptions> options)
{
    private readonly ConnectionsOptions _options = options.Value;

    /// <summary>Records the request and writes the mentee's confirmation and the mentor's card with Accept and Decline.</summary>
    /// <param name="reasonsIn">Why <paramref name="chosen"/> fits, said in a reader's words (the mentor's card is in their language).</param>
    internal static async Task<IReadOnlyList<OutboundMessage>> OpenAsync(
        HealLinkDbContext db,
        ConversationContext mentee,
        ChatAddress menteeChat,
        ScoredMentor chosen,
        Func<MatchReasons, IReadOnlyList<string>> reasonsIn,
        TimeSpan expiry,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var connection = new Connection
        {
            MenteeId = mentee.Person.Id,
            MentorId = chosen.Mentor.PersonId,
            State = ConnectionState.Requested,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Connections.Add(connection);

        // The buttons on both messages carry the connection's id.
        await db.SaveChangesAsync(cancellationToken);
        var mentorName = PersonFacts.Name(chosen.Mentor.Profile);
        List<OutboundMessage> messages =
        [
            OutboundMessage.From(menteeChat, new Reply(
                mentee.Copy.Connections.Requested(mentorName, expiry),
                [[new Button(mentee.Copy.Connections.WithdrawLabel(mentorName), ButtonPayload.Withdraw(connection.Id))]])),
        ];
        if (await PersonChats.ChatOfAsync(db, connection.MentorId, cancellationToken) is { } mentorChat)
        {
            messages.Add(OutboundMessage.About(connection.MenteeId, mentorChat.Address, Card(mentorChat.Copy, connection, mentee.Profile, chosen.Mentor, reasonsIn(mentorChat.Copy.Reasons), expiry)));
        }

        return messages;
    }

    /// <param name="reasons">Why they fit, in the mentor's language.</param>
    private static Reply Card(CopyTable copy, Connection connection, Profile mentee, MentorForMatching mentor, IReadOnlyList<string> reasons, TimeSpan expiry)
    {
        var mentorName = mentor.Profile.DisplayName ?? "";

        // The reasons were written for the mentee; only those that read the same from the mentor's side (the ones
        // that do not name the mentor) are shown. Whole words: "Same procedure" must survive a mentor called Sam.
        var named = new Regex($@"\b{Regex.Escape(mentorName)}\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var why = reasons.Where(r => mentorName.Length == 0 || !named.IsMatch(r)).ToList();
        return new Reply(
            copy.Connections.RequestCard(PersonFacts.Name(mentee), PersonFacts.Line(copy, mentee), PersonFacts.Excerpt(mentee), why, expiry),
            copy.Connections.AnswerButtons(connection.Id));
    }

    internal async Task<IReadOnlyList<OutboundMessage>> AnswerAsync(
        HealLinkDbContext db,
        ConversationContext mentor,
        ChatAddress chat,
        ConversationIntent.AnswerRequest answer,
        DraftedOpening? drafted,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var connection = await db.Connections.FindAsync([answer.ConnectionId], cancellationToken);
        if (connection is null || connection.MentorId != mentor.Person.Id || connection.State != ConnectionState.Requested)
        {
            return [OutboundMessage.From(chat, new Reply(mentor.Copy.Connections.RequestGone))];
        }

        var mentee = await db.Profiles.AsNoTracking().SingleAsync(p => p.PersonId == connection.MenteeId, cancellationToken);
        var menteeChat = await PersonChats.ChatOfAsync(db, connection.MenteeId, cancellationToken);
        return answer.Accept
            ? await AcceptAsync(db, connection, mentor, chat, mentee, menteeChat, drafted?.ConnectionId == connection.Id ? drafted : null, now, cancellationToken)
            : Decline(connection, mentor.Copy, chat, menteeChat, now);
    }

    private async Task<IReadOnlyList<OutboundMessage>> AcceptAsync(
        HealLinkDbContext db,
        Connection connection,
        ConversationContext mentor,
        ChatAddress mentorChat,
        Profile mentee,
        PersonChat? menteeChat,
        DraftedOpening? drafted,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var mentorActive = await db.Connections.CountAsync(c => c.MentorId == connection.MentorId && c.State == ConnectionState.Active, cancellationToken);
        if (mentorActive >= mentor.Profile.Capacity)
        {
            return [OutboundMessage.From(mentorChat, new Reply(mentor.Copy.Connections.AtCapacity))];
        }

        var menteeActive = await db.Connections.CountAsync(c => c.MenteeId == connection.MenteeId && c.State == ConnectionState.Active, cancellationToken);
        if (menteeActive >= _options.MaxActivePerMentee)
        {
            ConnectionLifecycle.TryApply(connection, ConnectionEvent.End, now);
            return [OutboundMessage.From(mentorChat, new Reply(mentor.Copy.Connections.MenteeTaken))];
        }

        ConnectionLifecycle.TryApply(connection, ConnectionEvent.Accept, now);
        var mentorName = PersonFacts.Name(mentor.Profile);
        List<OutboundMessage> messages =
        [
            OutboundMessage.From(mentorChat, new Reply(mentor.Copy.Connections.Accepted)),
            .. Opened(connection, connection.MenteeId, mentorChat, PersonFacts.Name(mentee), Opening(mentor.Copy, mentor.Profile, mentee, drafted?.ForMentor)),
        ];
        if (menteeChat is not null)
        {
            messages.Add(OutboundMessage.From(menteeChat.Address, new Reply(menteeChat.Copy.Connections.AcceptedForMentee(mentorName))));
            messages.AddRange(Opened(connection, connection.MentorId, menteeChat.Address, mentorName, Opening(menteeChat.Copy, mentee, mentor.Profile, drafted?.ForMentee)));
        }

        return messages;
    }

    /// <summary>
    /// The conversation's own thread in one person's chat, named after the other (where the platform has threads),
    /// and the opening in it.
    /// </summary>
    private static IEnumerable<OutboundMessage> Opened(Connection connection, long otherId, ChatAddress chat, string otherName, IEnumerable<string> opening)
    {
        yield return new OutboundMessage(chat, OutboundKind.OpenThread, otherName, []) { ConnectionId = connection.Id, AboutPersonId = otherId };
        foreach (var text in opening)
        {
            yield return OutboundMessage.About(otherId, chat, new Reply(text)) with { ConnectionId = connection.Id };
        }
    }

    /// <summary>
    /// Who the other person is (only what they chose to share), the disclaimer, and a way to begin: the icebreaker
    /// drafted before the transaction (<see cref="OpeningDrafter"/>), else the template's, which never waits.
    /// </summary>
    private static IEnumerable<string> Opening(CopyTable copy, Profile reader, Profile other, string? drafted)
    {
        var about = PersonFacts.Line(copy, other) + (PersonFacts.Excerpt(other) is { } excerpt ? $"\n\"{excerpt}\"" : "");
        var icebreaker = drafted ?? TemplateIcebreaker.Write(reader, other);
        return [copy.Connections.Introduction(PersonFacts.Name(other), about), copy.Connections.HowToBegin(icebreaker)];
    }

    private static List<OutboundMessage> Decline(Connection connection, CopyTable mentorCopy, ChatAddress mentorChat, PersonChat? menteeChat, DateTimeOffset now)
    {
        ConnectionLifecycle.TryApply(connection, ConnectionEvent.Decline, now);
        List<OutboundMessage> messages =
        [
            OutboundMessage.From(mentorChat, new Reply(
                mentorCopy.Connections.DeclineAcknowledged,
                [
                    [new Button(mentorCopy.Connections.NotAFitLabel, ButtonPayload.ExplainDecline(connection.Id, DeclineReason.NotAFit))],
                    [new Button(mentorCopy.Connections.NoTimeLabel, ButtonPayload.ExplainDecline(connection.Id, DeclineReason.NoTime))],
                    [new Button(mentorCopy.Connections.SomethingElseLabel, ButtonPayload.ExplainDecline(connection.Id, DeclineReason.Other))],
                ])),
        ];
        if (menteeChat is not null)
        {
            messages.Add(OutboundMessage.From(menteeChat.Address, new Reply(menteeChat.Copy.Connections.Declined, [[menteeChat.Copy.Connections.LookAgainButton]])));
        }

        return messages;
    }

    internal static async Task<IReadOnlyList<OutboundMessage>> ExplainDeclineAsync(
        HealLinkDbContext db, ConversationContext mentor, ChatAddress chat, ConversationIntent.ExplainDecline explain, CancellationToken cancellationToken)
    {
        var connection = await db.Connections.FindAsync([explain.ConnectionId], cancellationToken);
        if (connection is null || connection.MentorId != mentor.Person.Id || connection.State != ConnectionState.Declined)
        {
            return [OutboundMessage.From(chat, new Reply(mentor.Copy.Connections.RequestGone))];
        }

        connection.DeclineReason = explain.Reason;
        return [OutboundMessage.From(chat, new Reply(mentor.Copy.Connections.DeclineReasonThanks))];
    }

    internal static async Task<IReadOnlyList<OutboundMessage>> WithdrawAsync(
        HealLinkDbContext db, ConversationContext mentee, ChatAddress chat, long connectionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await db.Connections.FindAsync([connectionId], cancellationToken);
        if (connection is null || connection.MenteeId != mentee.Person.Id || !ConnectionLifecycle.TryApply(connection, ConnectionEvent.Withdraw, now))
        {
            return [OutboundMessage.From(chat, new Reply(mentee.Copy.Connections.NothingToWithdraw))];
        }

        List<OutboundMessage> messages = [OutboundMessage.From(chat, new Reply(mentee.Copy.Connections.Withdrawn, [[mentee.Copy.Connections.LookAgainButton]]))];
        if (await PersonChats.ChatOfAsync(db, connection.MentorId, cancellationToken) is { } mentorChat)
        {
            messages.Add(OutboundMessage.From(mentorChat.Address, new Reply(mentorChat.Copy.Connections.WithdrawnForMentor)));
        }

        return messages;
    }
}
