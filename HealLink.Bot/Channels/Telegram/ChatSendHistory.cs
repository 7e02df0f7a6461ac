using HealLink.Core.Messaging;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>When messages to a chat were recorded sent, by any process on the database.</summary>
internal interface IChatSendHistory
{
    /// <summary>The send times of the latest messages (at most <paramref name="most"/>) recorded sent to the chat after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<DateTimeOffset>> LatestAsync(string chatId, DateTimeOffset since, int most, CancellationToken cancellationToken);
}

/// <summary>
/// Reads the history from the outbox: the messages to one chat leave one at a time, in order, whichever process sends
/// them (the next is claimed only once the one before is recorded sent), so the outbox knows every earlier send to
/// the chat however many processes there are. Typing hints and closed topics are not messages Telegram counts.
/// </summary>
internal sealed class OutboxChatSendHistory(IDbContextFactory<HealLinkDbContext> contexts) : IChatSendHistory
{
    public async Task<IReadOnlyList<DateTimeOffset>> LatestAsync(string chatId, DateTimeOffset since, int most, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Platform == Platform.Telegram
                && m.ChatId == chatId
                && m.SentAt != null
                && m.SentAt > since
                && m.Kind != OutboundKind.Typing
                && m.Kind != OutboundKind.CloseThread)
            .OrderByDescending(m => m.SentAt)
            .Select(m => m.SentAt!.Value)
            .Take(most)
            .ToListAsync(cancellationToken);
    }
}
