using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HealLink.Core.Connections.Opening;

/// <summary>
/// Shows "typing…" in the chat of the mentor who pressed Accept while a model writes the icebreakers, which can take
/// seconds (more when the model loads first): a hint through the outbox at once, and again every
/// <see cref="RepeatEvery"/> until the drafts are done, since a platform shows one only briefly (Telegram 5 s).
/// A hint is a nicety: one that cannot be written is skipped, never a reason to fail the Accept.
/// </summary>
public sealed partial class TypingWhileDrafting(
    IDbContextFactory<HealLinkDbContext> contexts,
    OutboxSignal outboxSignal,
    TimeProvider timeProvider,
    ILogger<TypingWhileDrafting> logger)
{
    /// <summary>Under Telegram's 5 s, so the hint does not flicker off between two.</summary>
    public static readonly TimeSpan RepeatEvery = TimeSpan.FromSeconds(4);

    public async Task<T> WhileAsync<T>(ChatAddress chat, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var hints = KeepTypingAsync(chat, done.Token);
        try
        {
            return await work(cancellationToken);
        }
        finally
        {
            await done.CancelAsync();
            await hints;
        }
    }

    private async Task KeepTypingAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await QueueHintAsync(chat, cancellationToken);
                await Task.Delay(RepeatEvery, timeProvider, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The drafts are done (or the Accept was abandoned): no more hints.
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            LogHintSkipped(logger, exception.GetType().Name);
        }
    }

    private async Task QueueHintAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.OutboxMessages.Add(OutboxMapping.ToRow(OutboundMessage.TypingHint(chat), timeProvider.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        outboxSignal.Notify();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A typing hint while the icebreakers were written could not be queued ({ExceptionType})")]
    private static partial void LogHintSkipped(ILogger logger, string exceptionType);
}
