using System.Diagnostics;
using HealLink.Core.Connections;
using HealLink.Core.Connections.Opening;
using HealLink.Core.Conversations;
using HealLink.Core.DataRights;
using HealLink.Core.Matching.Flow;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline.Pacing;
using HealLink.Core.Safety;
using HealLink.Core.Service.Logging;
using HealLink.Core.Service.Metrics;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Pipeline;

/// <summary>
/// Handles one inbound message in ONE transaction: records its receipt (so a redelivery is skipped), applies it
/// to the person's profile and conversation, and writes the replies to the outbox. A channel acknowledges the
/// update to its platform only after this returns, so a crash anywhere before commit means the platform
/// delivers it again and nothing was half done; after commit, the outbox guarantees the replies go out.
/// </summary>
public sealed class InboundProcessor(
    IDbContextFactory<HealLinkDbContext> dbContextFactory,
    ConversationHandler handler,
    ICrisisAssessor crisisAssessor,
    MatchingFlow matching,
    ConnectionFlow connections,
    OpeningDrafter openings,
    PersonEraser eraser,
    PersonExporter exporter,
    IIntroChangeListener introChanges,
    OutboxSignal outboxSignal,
    IOptions<PacingOptions> pacing,
    HealLinkMetrics metrics,
    PersonPseudonyms pseudonyms,
    TimeProvider timeProvider,
    ILogger<InboundProcessor> logger)
{
    // Two instances racing on one person (PostgreSQL, several bots) lose on the state's version token; the loser
    // starts over from fresh state, which is always correct because nothing was committed.
    private const int MaxConflictRetries = 3;

    public async Task<InboundOutcome> ProcessAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var correlation = logger.BeginUpdate(message);

        // Before the transaction, and once for all attempts: a model writing the icebreakers of an Accept can take
        // seconds, which must not hold SQLite's write lock. The transaction re-checks the request and falls back to the
        // template if the drafts no longer fit; a redelivered Accept only drafts in vain.
        var drafted = await openings.DraftAsync(message, cancellationToken);

        // Likewise: the semantic path embeds the text (milliseconds of CPU), which must not hold the write lock, and it
        // decides nothing about the database, so a retried attempt reuses it.
        var crisis = await crisisAssessor.AssessAsync(message.Content, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcome = await ProcessOnceAsync(message, crisis, drafted, cancellationToken);
                if (!outcome.IsDuplicate)
                {
                    metrics.UpdateHandled(message.Chat.Platform);
                }

                if (outcome.OutboxIds.Count > 0)
                {
                    outboxSignal.Notify();
                }

                if (outcome.IntroSavedFor is { } personId)
                {
                    await introChanges.IntroChangedAsync(personId, cancellationToken);
                }

                return outcome;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxConflictRetries)
            {
                logger.LogInformation(
                    "Update {UpdateId} on {Platform} raced another handler; retrying ({Attempt})",
                    message.UpdateId,
                    message.Chat.Platform,
                    attempt);
            }
        }
    }

    private async Task<InboundOutcome> ProcessOnceAsync(
        InboundMessage message, CrisisMatch? crisis, DraftedOpening? drafted, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);

        // One chat's updates wait for each other; other chats' go on beside them (on PostgreSQL; SQLite has one writer).
        db.WriteKey = $"chat:{message.Chat.Platform}:{message.Chat.ChatId}";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();

        // Written first, so on SQLite the transaction holds the write lock from its first statement and cannot
        // fail later on a lock upgrade; a row that is already there means this update was handled before.
        if (!await InboundDedupe.TryRecordAsync(db, message, now, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            logger.LogDebug("Update {UpdateId} on {Platform} was already handled", message.UpdateId, message.Chat.Platform);
            return InboundOutcome.Duplicate;
        }

        var context = await ConversationLoader.LoadOrCreateAsync(db, message, now, cancellationToken);
        var before = IntroEdit.Before(context.Profile);
        var turn = handler.HandleTurn(context, message.Content, crisis);
        var outbound = turn.Replies.Select(reply => OutboundMessage.From(message.Chat, reply)).ToList();
        foreach (var intent in turn.Intents)
        {
            outbound.AddRange(await FulfilAsync(db, context, message, intent, drafted, cancellationToken));
        }

        var rows = Paced(context, message.Chat, outbound, now);

        // The goodbye to someone who was just erased, or everything held about them, goes, and then goes from the
        // outbox too: neither is kept for the retention period as other messages are.
        var erased = turn.Intents.Any(i => i is ConversationIntent.ErasePerson);
        if (erased || turn.Intents.Any(i => i is ConversationIntent.ExportPerson))
        {
            var erasedId = erased ? context.Person.Id : (long?)null;
            foreach (var row in rows.Where(r => (r.Platform == message.Chat.Platform && r.ChatId == message.Chat.ChatId) || (erasedId is not null && r.AboutPersonId == erasedId)))
            {
                row.EraseOnDelivery = true;
            }
        }

        db.OutboxMessages.AddRange(rows);

        // Counted from what this turn stores, so every path that relays or flags is counted, and only once committed.
        var relayed = db.ChangeTracker.Entries<RelayedMessage>().Count(e => e.State == EntityState.Added);
        var flagged = db.ChangeTracker.Entries<CrisisFlag>().Count(e => e.State == EntityState.Added);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        metrics.Relayed(relayed);
        metrics.CrisisFlagsRaised(flagged);

        logger.LogDebug(
            "Update {UpdateId} on {Platform} handled for person {Person}: {ReplyCount} replies queued",
            message.UpdateId,
            message.Chat.Platform,
            pseudonyms.Of(context.Person.Id),
            rows.Count);
        return new InboundOutcome(false, [.. rows.Select(r => r.Id)], !erased && before.SavedNow(context.Profile) ? context.Person.Id : null);
    }

    /// <summary>
    /// The outbox rows. A message that passes something on to other people (a relayed message, a request) counts
    /// toward the sender's pace; over it, what goes to the others waits, and the sender is told once when that
    /// starts. Their own replies are never held, and answering the bot's questions never counts: only others are
    /// protected from a flood.
    /// </summary>
    private List<OutboxMessage> Paced(ConversationContext context, ChatAddress sender, List<OutboundMessage> outbound, DateTimeOffset now)
    {
        var delay = TimeSpan.Zero;
        if (outbound.Any(m => !IsTo(sender, m.To)))
        {
            var pace = SendingPace.Take(context.State.PacedUntil, now, pacing.Value);
            context.State.PacedUntil = pace.PacedUntil;
            delay = pace.Delay;
            if (pace.StartsSlowing)
            {
                outbound.Add(OutboundMessage.From(sender, new Reply(context.Copy.Pacing.Slowed)));
            }
        }

        return [.. outbound.Select(Row)];

        OutboxMessage Row(OutboundMessage message)
        {
            var row = OutboxMapping.ToRow(message, now);
            if (!IsTo(sender, message.To))
            {
                row.NextAttemptAt = now + delay;
            }

            return row;
        }
    }

    private static bool IsTo(ChatAddress sender, ChatAddress to) => to.Platform == sender.Platform && to.ChatId == sender.ChatId;

    /// <summary>What one intent adds to the replies: everything held about the person, an erasure's notices, or matching.</summary>
    private async Task<IReadOnlyList<OutboundMessage>> FulfilAsync(
        HealLinkDbContext db,
        ConversationContext context,
        InboundMessage message,
        ConversationIntent intent,
        DraftedOpening? drafted,
        CancellationToken cancellationToken)
    {
        var chat = message.Chat;
        switch (intent)
        {
            case ConversationIntent.ExportPerson:
                var (text, json) = await exporter.ExportAsync(db, context, cancellationToken);
                return [OutboundMessage.From(chat, new Reply(text)), OutboundMessage.Document(chat, PersonExportDocument.FileName, json)];
            case ConversationIntent.ErasePerson:
                return await eraser.EraseAsync(db, context, cancellationToken);
            case var _ when ConnectionFlow.Handles(intent):
                return await connections.FulfilAsync(db, context, message, intent, drafted, cancellationToken);
            default:
                // "typing…" leads the cards. It is committed with them, so it shows as they arrive; the slow work it
                // would cover (embedding intros) is done ahead of time by the jobs, so a search seldom waits on the model.
                var started = Stopwatch.GetTimestamp();
                var cards = await matching.FulfilAsync(db, context, chat, intent, cancellationToken);
                metrics.MatchAnswered(Stopwatch.GetElapsedTime(started));
                return [OutboundMessage.TypingHint(chat), .. cards];
        }
    }
}
