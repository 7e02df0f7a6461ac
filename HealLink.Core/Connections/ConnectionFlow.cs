using HealLink.Core.Connections.Opening;
using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.Storage;

namespace HealLink.Core.Connections;

/// <summary>
/// Fulfils the conversation's connection intents inside the inbound transaction. Every connection is read fresh and
/// checked (is it theirs, is it still in the state the button was for), so a stale button changes nothing.
/// </summary>
public sealed class ConnectionFlow(ConnectionRequests requests, TimeProvider timeProvider)
{
    /// <summary>Whether this flow fulfils the intent.</summary>
    public static bool Handles(ConversationIntent intent) => intent is
        ConversationIntent.AnswerRequest or ConversationIntent.ExplainDecline or ConversationIntent.Withdraw
        or ConversationIntent.Relay or ConversationIntent.RelayMedia or ConversationIntent.RelayEdit or ConversationIntent.EndConnection or ConversationIntent.Rate
        or ConversationIntent.Comment or ConversationIntent.Report or ConversationIntent.FlagCrisis or ConversationIntent.SuggestOpenings;

    /// <param name="message">What the person sent: where they wrote from, and the platform's id of their message.</param>
    /// <param name="drafted">The icebreakers written before the transaction, when the message accepts a request.</param>
    public async Task<IReadOnlyList<OutboundMessage>> FulfilAsync(
        HealLinkDbContext db,
        ConversationContext context,
        InboundMessage message,
        ConversationIntent intent,
        DraftedOpening? drafted,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(message);
        var now = timeProvider.GetUtcNow();
        var chat = message.Chat;
        switch (intent)
        {
            case ConversationIntent.AnswerRequest answer:
                return await requests.AnswerAsync(db, context, chat, answer, drafted, now, cancellationToken);
            case ConversationIntent.ExplainDecline explain:
                return await ConnectionRequests.ExplainDeclineAsync(db, context, chat, explain, cancellationToken);
            case ConversationIntent.Withdraw withdraw:
                return await ConnectionRequests.WithdrawAsync(db, context, chat, withdraw.ConnectionId, now, cancellationToken);
            case ConversationIntent.Relay relay:
                return await ConversationRelay.RelayAsync(db, context, chat, relay, message.MessageId, now, cancellationToken);
            case ConversationIntent.RelayMedia media:
                return await ConversationRelay.RelayMediaAsync(db, context, chat, media, now, cancellationToken);
            case ConversationIntent.RelayEdit edit:
                return await ConversationRelay.RelayEditAsync(db, context, chat, edit, now, cancellationToken);
            case ConversationIntent.EndConnection end:
                return await ConnectionEnding.EndAsync(db, context, chat, end, now, cancellationToken);
            case ConversationIntent.Rate rate:
                return await ConnectionEnding.RateAsync(db, context, chat, rate, now, cancellationToken);
            case ConversationIntent.Comment comment:
                return await ConnectionEnding.CommentAsync(db, context, comment, cancellationToken);
            case ConversationIntent.Report report:
                return await ConnectionEnding.ReportAsync(db, context, chat, report, now, cancellationToken);
            case ConversationIntent.SuggestOpenings suggest:
                return await OpeningSuggestions.SuggestAsync(db, context, chat, suggest.ConnectionId, now, cancellationToken);
            case ConversationIntent.FlagCrisis flag:
                ConversationRelay.Flag(db, context.Person.Id, null, flag.Source, flag.Text, now);
                return [];
            default:
                throw new ArgumentOutOfRangeException(nameof(intent), intent, "Not a connection intent");
        }
    }
}
