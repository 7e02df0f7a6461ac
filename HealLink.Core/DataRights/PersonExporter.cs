using HealLink.Core.Conversations;
using HealLink.Core.Onboarding;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.DataRights;

/// <summary>Reads everything held about one person, inside the caller's transaction, for /export.</summary>
public sealed class PersonExporter
{
    private readonly OnboardingFlow _flow = new();

    /// <returns>The readable text and the same as a JSON file.</returns>
    public async Task<(string Text, string Json)> ExportAsync(HealLinkDbContext db, ConversationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        var personId = context.Person.Id;
        var accounts = await db.PlatformAccounts.AsNoTracking().Where(a => a.PersonId == personId).ToListAsync(cancellationToken);
        // One read of their connections, each with the other person's first name: listed as they stand, and naming
        // whom each message and rating was for.
        var held = await (
                from connection in db.Connections.AsNoTracking()
                where connection.MenteeId == personId || connection.MentorId == personId
                join other in db.Profiles.AsNoTracking()
                    on (connection.MenteeId == personId ? connection.MentorId : connection.MenteeId) equals other.PersonId into others
                from other in others.DefaultIfEmpty()
                orderby connection.CreatedAt
                select new { connection.Id, Exported = new ExportedConnection(connection.MenteeId == personId, other == null ? null : other.DisplayName, connection.State, connection.CreatedAt) })
            .ToListAsync(cancellationToken);
        var connections = held.Select(c => c.Exported).ToList();
        var names = held.ToDictionary(c => c.Id, c => c.Exported.OtherName);
        var messages = (await db.RelayedMessages.AsNoTracking().Where(m => m.SenderId == personId).OrderBy(m => m.Id).ToListAsync(cancellationToken))
            .Select(m => new ExportedMessage(names.GetValueOrDefault(m.ConnectionId), m.SentAt, m.Text))
            .ToList();
        var ratings = (await db.ConnectionRatings.AsNoTracking().Where(r => r.PersonId == personId).OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Select(r => new ExportedRating(names.GetValueOrDefault(r.ConnectionId), r.Score, r.Comment))
            .ToList();
        var wait = await db.MatchWaits.AsNoTracking().SingleOrDefaultAsync(w => w.PersonId == personId, cancellationToken);
        var draft = DraftOf(context);
        return (
            PersonExport.Render(context.Person, _flow.Summarise(context.Profile), accounts, connections, messages, ratings, wait, draft),
            PersonExportDocument.Render(context.Person, context.Profile, accounts, connections, messages, ratings, wait, draft));
    }

    /// <summary>An answer kept as a draft, named as its question is in their answers.</summary>
    private ExportedDraft? DraftOf(ConversationContext context) =>
        context.State.DraftAnswer is { } text
            ? new ExportedDraft(_flow.Find(context.Profile.Role, context.State.DraftStepKey)?.SummaryLabel ?? "a question", text)
            : null;
}
