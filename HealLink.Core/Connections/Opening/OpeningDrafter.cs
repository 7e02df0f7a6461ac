using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Connections.Opening;

/// <summary>
/// Writes the icebreakers for a mentor's Accept before the inbound transaction opens. A model can take seconds, and
/// SQLite has one writer: inside the transaction it would hold every other message waiting. These reads take no
/// write lock; the transaction then checks the request afresh and uses the drafts only for the connection they were
/// written for (else the template, which is instant). The mentor sees "typing…" while a model writes.
/// </summary>
public sealed class OpeningDrafter(
    IDbContextFactory<HealLinkDbContext> dbContextFactory, IIcebreakerGenerator icebreakers, TypingWhileDrafting typing)
{
    /// <summary>Null for anything but an Accept of a request still waiting on this mentor.</summary>
    public async Task<DraftedOpening?> DraftAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Content is not ButtonPress press
            || ButtonPayload.Parse(press.Payload) is not PressedButton.OnConnection { Intent: ConversationIntent.AnswerRequest { Accept: true } answer })
        {
            return null;
        }

        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var platform = message.Chat.Platform;
        var senderId = await db.PlatformAccounts.AsNoTracking()
            .Where(a => a.Platform == platform && a.PlatformUserId == message.PlatformUserId)
            .Select(a => (long?)a.PersonId)
            .SingleOrDefaultAsync(cancellationToken);
        var connection = await db.Connections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == answer.ConnectionId, cancellationToken);
        if (connection is null || connection.MentorId != senderId || connection.State != ConnectionState.Requested)
        {
            return null;
        }

        var profiles = await db.Profiles.AsNoTracking()
            .Where(p => p.PersonId == connection.MentorId || p.PersonId == connection.MenteeId)
            .ToDictionaryAsync(p => p.PersonId, cancellationToken);
        if (!profiles.TryGetValue(connection.MentorId, out var mentor) || !profiles.TryGetValue(connection.MenteeId, out var mentee))
        {
            return null;
        }

        return icebreakers.MayTakeAWhile
            ? await typing.WhileAsync(message.Chat, token => DraftBothAsync(connection.Id, mentor, mentee, token), cancellationToken)
            : await DraftBothAsync(connection.Id, mentor, mentee, cancellationToken);
    }

    private async Task<DraftedOpening> DraftBothAsync(long connectionId, Profile mentor, Profile mentee, CancellationToken cancellationToken)
    {
        // Both at once, so a slow server costs one timeout rather than two (an in-process model takes them in turn).
        var forMentor = icebreakers.WriteAsync(mentor, mentee, cancellationToken).AsTask();
        var forMentee = icebreakers.WriteAsync(mentee, mentor, cancellationToken).AsTask();
        await Task.WhenAll(forMentor, forMentee);
        return new DraftedOpening(connectionId, await forMentor, await forMentee);
    }
}
