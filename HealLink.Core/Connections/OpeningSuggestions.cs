using HealLink.Core.Connections.Opening;
using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Connections;

/// <summary>
/// /icebreaker inside the inbound transaction: three fresh opening questions for an active conversation. Written by
/// the template, which is instant; a model must not run while the transaction holds SQLite's write lock.
/// </summary>
internal static class OpeningSuggestions
{
    public static async Task<IReadOnlyList<OutboundMessage>> SuggestAsync(
        HealLinkDbContext db, ConversationContext reader, ChatAddress chat, long connectionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await db.Connections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == connectionId, cancellationToken);
        var readerId = reader.Person.Id;
        if (connection is null || connection.State != ConnectionState.Active || (connection.MenteeId != readerId && connection.MentorId != readerId))
        {
            return [OutboundMessage.From(chat, new Reply(reader.Copy.Connections.ConversationGone))];
        }

        var otherId = connection.MenteeId == readerId ? connection.MentorId : connection.MenteeId;
        var other = await db.Profiles.AsNoTracking().SingleAsync(p => p.PersonId == otherId, cancellationToken);

        // The clock as the salt: asking again a moment later offers the next three (nothing needs storing), and a
        // test's clock decides which.
        var (lead, questions) = FreshQuestions.For(reader.Profile, other, now.ToUnixTimeSeconds());
        var text = lead + "\n" + string.Join("\n", questions.Select(q => "• " + q));
        return [OutboundMessage.About(otherId, chat, new Reply(text)) with { ConnectionId = connection.Id }];
    }
}
