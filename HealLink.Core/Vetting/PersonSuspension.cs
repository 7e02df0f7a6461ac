using HealLink.Core.Connections;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Vetting;

/// <summary>
/// A coordinator pauses a person (after a report, say) or lifts the pause: while suspended they can neither send
/// messages through HealLink nor be matched, and they are told so, with the coordinator's note. Audited.
/// </summary>
public sealed class PersonSuspension(IDbContextFactory<HealLinkDbContext> contexts, TimeProvider timeProvider)
{
    /// <returns>False when there is no such person, or they are already in that state.</returns>
    public async Task<bool> SetAsync(long personId, bool suspended, string? reason, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var note = AuditEntry.NoteFrom(reason);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        if (await ApplyAsync(db, personId, suspended, note, now, cancellationToken) is null)
        {
            return false;
        }

        db.AuditEntries.Add(new AuditEntry { Actor = actor, Action = suspended ? "person.suspend" : "person.reinstate", SubjectPersonId = personId, Reason = note, At = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The change and the message that tells them, inside the caller's transaction, for callers that audit it their own
    /// way (a suspension from a crisis flag or report is recorded against that case).
    /// </summary>
    /// <returns>Null when there is no such person or they are already in that state; else whether they were told.</returns>
    internal static async Task<bool?> ApplyAsync(
        HealLinkDbContext db, long personId, bool suspended, string? note, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null || (person.SuspendedAt is not null) == suspended)
        {
            return null;
        }

        person.SuspendedAt = suspended ? now : null;
        if (await PersonChats.ChatOfAsync(db, personId, cancellationToken) is not { } chat)
        {
            return false;
        }

        var text = suspended ? chat.Copy.Vetting.AccountSuspended(note) : chat.Copy.Vetting.AccountReinstated;
        db.OutboxMessages.Add(OutboxMapping.ToRow(OutboundMessage.From(chat.Address, new Reply(text)), now));
        return true;
    }
}
