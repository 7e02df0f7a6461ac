using HealLink.Core.Connections;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Pipeline;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Vetting;

/// <summary>
/// A coordinator's decision about a mentor, in one transaction: the profile's review status and note, the message
/// that tells the mentor (through the outbox, so whichever bot process runs delivers it), and the audit entry. It
/// keeps the bot's promise at the end of a mentor's onboarding: "a coordinator will review your profile … We'll
/// message you here." An approved mentor reaches every bot's index through the existing refresh job.
/// </summary>
public sealed class MentorVetting(IDbContextFactory<HealLinkDbContext> contexts, TimeProvider timeProvider)
{
    /// <summary>Which decisions apply in which review state.</summary>
    private static readonly Dictionary<VettingDecision, (VettingStatus[] From, VettingStatus To)> _moves = new()
    {
        [VettingDecision.Approve] = ([VettingStatus.Pending, VettingStatus.Rejected], VettingStatus.Approved),
        [VettingDecision.Reject] = ([VettingStatus.Pending], VettingStatus.Rejected),
        [VettingDecision.Suspend] = ([VettingStatus.Approved], VettingStatus.Suspended),
        [VettingDecision.Reinstate] = ([VettingStatus.Suspended], VettingStatus.Approved),
    };

    public async Task<VettingOutcome> DecideAsync(
        long mentorId, VettingDecision decision, string? reason, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var note = AuditEntry.NoteFrom(reason);
        if (decision is VettingDecision.Reject or VettingDecision.Suspend && note is null)
        {
            return new VettingOutcome.ReasonRequired();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var profile = await db.Profiles.SingleOrDefaultAsync(
            p => p.PersonId == mentorId && p.Role == Role.Mentor && p.CompletedAt != null, cancellationToken);
        if (profile is null)
        {
            return new VettingOutcome.NotFound();
        }

        var (from, to) = _moves[decision];
        var current = profile.VettingStatus ?? VettingStatus.Pending;
        if (!from.Contains(current))
        {
            return new VettingOutcome.NotAllowed(profile.VettingStatus);
        }

        var now = timeProvider.GetUtcNow();
        profile.VettingStatus = to;
        profile.VettingNote = note;
        profile.UpdatedAt = now;
        var chat = await PersonChats.ChatOfAsync(db, mentorId, cancellationToken);
        if (chat is not null)
        {
            db.OutboxMessages.Add(OutboxMapping.ToRow(OutboundMessage.From(chat.Address, new Reply(Tell(chat.Copy.Vetting, decision, note))), now));
        }

        db.AuditEntries.Add(new AuditEntry { Actor = actor, Action = $"mentor.{decision.ToString().ToLowerInvariant()}", SubjectPersonId = mentorId, Reason = note, At = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new VettingOutcome.Done(to, chat is not null);
    }

    /// <summary>Finished mentor profiles waiting for a decision, the longest-waiting first.</summary>
    public async Task<IReadOnlyList<PendingMentor>> PendingAsync(CancellationToken cancellationToken) =>
        [.. (await PendingProfilesAsync(cancellationToken))
            .Select(p => new PendingMentor(p.PersonId, p.DisplayName, p.ProcedureDisplay ?? p.ProcedureText, p.Stage, p.CompletedAt!.Value))];

    /// <summary>The whole profiles of <see cref="PendingAsync"/>, for a reviewer to read before deciding.</summary>
    public Task<IReadOnlyList<Profile>> PendingProfilesAsync(CancellationToken cancellationToken) =>
        FinishedMentorsAsync(p => p.VettingStatus == null || p.VettingStatus == VettingStatus.Pending, cancellationToken);

    /// <summary>Mentors already decided on (approved, suspended, rejected), the earliest finished first.</summary>
    public Task<IReadOnlyList<Profile>> DecidedProfilesAsync(CancellationToken cancellationToken) =>
        FinishedMentorsAsync(p => p.VettingStatus != null && p.VettingStatus != VettingStatus.Pending, cancellationToken);

    private async Task<IReadOnlyList<Profile>> FinishedMentorsAsync(
        System.Linq.Expressions.Expression<Func<Profile, bool>> which, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var profiles = await db.Profiles.AsNoTracking()
            .Where(p => p.Role == Role.Mentor && p.CompletedAt != null)
            .Where(which)
            .OrderBy(p => p.CompletedAt)
            .ToListAsync(cancellationToken);
        return profiles;
    }

    private static string Tell(VettingCopy copy, VettingDecision decision, string? note) => decision switch
    {
        VettingDecision.Approve => copy.Approved,
        VettingDecision.Reinstate => copy.Reinstated,
        VettingDecision.Reject => copy.Rejected(note!),
        _ => copy.Suspended(note!),
    };
}

/// <summary>A mentor waiting for review, as a coordinator's queue shows them.</summary>
public sealed record PendingMentor(long PersonId, string? Name, string? Procedure, Stage? Stage, DateTimeOffset FinishedAt);
