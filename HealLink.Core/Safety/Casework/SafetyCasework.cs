using HealLink.Core.Connections;
using HealLink.Core.Languages;
using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.Pipeline;
using HealLink.Core.Storage;
using HealLink.Core.Vetting;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Safety.Casework;

/// <summary>
/// What a coordinator does about a crisis flag or report. Each action is one transaction: the change, the messages that
/// tell people (through the outbox, so whichever bot process runs delivers them) and one audit entry against the case.
/// </summary>
public sealed class SafetyCasework(IDbContextFactory<HealLinkDbContext> contexts, TimeProvider timeProvider)
{
    /// <summary>The longest message, warning or reason kept whole: the audit log holds it after the case's number.</summary>
    public const int MaxMessageLength = CaseAudit.MaxTextLength;

    /// <summary>A note for other coordinators; nobody else reads it.</summary>
    public Task<CaseOutcome> AddNoteAsync(SafetyCaseRef @case, string? text, string actor, CancellationToken cancellationToken) =>
        ActAsync(@case, "note", actor, Text(text, SafetyNote.MaxTextLength), (db, facts, note, now) =>
        {
            db.SafetyNotes.Add(new SafetyNote
            {
                CrisisFlagId = @case.Kind == SafetyKind.Crisis ? @case.Id : null,
                ReportId = @case.Kind == SafetyKind.Report ? @case.Id : null,
                Author = actor,
                Text = note,
                CreatedAt = now,
            });
            return Task.FromResult(Acted(facts.SubjectId, told: 0, audited: null));
        },
        cancellationToken);

    /// <summary>A coordinator's own words to someone in the case: checking in after a crisis flag, say.</summary>
    public Task<CaseOutcome> ContactAsync(SafetyCaseRef @case, CaseParty party, string? message, string actor, CancellationToken cancellationToken) =>
        ActAsync(@case, "contact", actor, Text(message, MaxMessageLength), async (db, facts, text, now) =>
            party == CaseParty.Reporter && facts.ReporterId is null
                ? Refused(CaseworkCopy.NoReporter)
                : await TellAsync(db, party == CaseParty.Reporter ? facts.ReporterId!.Value : facts.SubjectId, text, copy => copy.Vetting.CoordinatorNote(text), now, cancellationToken),
            cancellationToken);

    /// <summary>A warning to the person reported.</summary>
    public Task<CaseOutcome> WarnAsync(SafetyCaseRef @case, string? message, string actor, CancellationToken cancellationToken) =>
        ActAsync(@case, "warn", actor, Text(message, MaxMessageLength), async (db, facts, text, now) =>
            @case.Kind != SafetyKind.Report
                ? Refused(CaseworkCopy.NoOneToWarn)
                : await TellAsync(db, facts.SubjectId, text, copy => copy.Vetting.CoordinatorWarning(text), now, cancellationToken),
            cancellationToken);

    /// <summary>Suspends the person the case is about (<see cref="PersonSuspension"/>); they read the reason.</summary>
    public Task<CaseOutcome> SuspendAsync(SafetyCaseRef @case, string? reason, string actor, CancellationToken cancellationToken) =>
        ActAsync(@case, "suspend", actor, Text(reason, MaxMessageLength), async (db, facts, note, now) =>
            await PersonSuspension.ApplyAsync(db, facts.SubjectId, suspended: true, note, now, cancellationToken) is { } told
                ? Acted(facts.SubjectId, told ? 1 : 0, note)
                : Refused(CaseworkCopy.AlreadySuspended),
            cancellationToken);

    /// <summary>Ends the conversation the case arose in; both people are told neutrally, the reason stays in the audit log.</summary>
    public Task<CaseOutcome> EndConnectionAsync(SafetyCaseRef @case, string? reason, string actor, CancellationToken cancellationToken) =>
        ActAsync(@case, "end", actor, Text(reason, MaxMessageLength), async (db, facts, note, now) =>
        {
            var connection = facts.ConnectionId is { } id ? await db.Connections.FindAsync([id], cancellationToken) : null;
            if (connection is null)
            {
                return Refused(CaseworkCopy.NoConversation);
            }

            if (await ConnectionEnding.EndByCoordinatorAsync(db, connection, now, cancellationToken) is not { } messages)
            {
                return Refused(CaseworkCopy.ConversationNotOpen);
            }

            db.OutboxMessages.AddRange(messages.Select(m => OutboxMapping.ToRow(m, now)));
            return Acted(facts.SubjectId, messages.Select(m => m.To).Distinct().Count(), note);
        },
        cancellationToken);

    private async Task<CaseOutcome> ActAsync(
        SafetyCaseRef @case,
        string verb,
        string actor,
        string? text,
        Func<HealLinkDbContext, SafetyCaseFacts, string, DateTimeOffset, Task<Step>> act,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (text is null)
        {
            return new CaseOutcome.TextRequired();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await SafetyCaseFacts.LoadAsync(db, @case, cancellationToken) is not { } facts)
        {
            return new CaseOutcome.NotFound();
        }

        var now = timeProvider.GetUtcNow();
        var step = await act(db, facts, text, now);
        if (step.Refusal is { } refusal)
        {
            return refusal;
        }

        db.AuditEntries.Add(CaseAudit.Entry(@case, verb, step.Subject, step.Audited, actor, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CaseOutcome.Done(step.Told);
    }

    /// <summary>Queues <paramref name="message"/> for the person; refused when no chat of theirs can be reached.</summary>
    /// <param name="words">The coordinator's own words in it.</param>
    private static async Task<Step> TellAsync(
        HealLinkDbContext db, long personId, string words, Func<CopyTable, string> message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await PersonChats.ChatOfAsync(db, personId, cancellationToken) is not { } chat)
        {
            return Refused(CaseworkCopy.Unreachable);
        }

        db.OutboxMessages.Add(OutboxMapping.ToRow(OutboundMessage.From(chat.Address, new Reply(message(chat.Copy))), now));
        // What a coordinator said to someone is kept in the audit log: the outbox forgets a message once delivered.
        return Acted(personId, told: 1, audited: words);
    }

    /// <summary>Trimmed and shortened to <paramref name="maxLength"/>; null when blank.</summary>
    private static string? Text(string? text, int maxLength) =>
        string.IsNullOrWhiteSpace(text) ? null : FreeText.Shorten(text.Trim(), maxLength);

    private static Step Acted(long subject, int told, string? audited) => new(null, subject, told, audited);

    private static Step Refused(string why) => new(new CaseOutcome.NotAllowed(why), 0, 0, null);

    /// <summary>What one action did: refused, or whom it was about, how many people were told and what the audit keeps.</summary>
    private sealed record Step(CaseOutcome? Refusal, long Subject, int Told, string? Audited);
}

/// <summary>Who in a case a coordinator writes to.</summary>
public enum CaseParty
{
    /// <summary>The writer of the crisis words, or the person reported.</summary>
    Subject,

    /// <summary>Who made the report.</summary>
    Reporter,
}
