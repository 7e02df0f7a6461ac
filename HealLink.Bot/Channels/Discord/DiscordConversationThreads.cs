using HealLink.Bot.Channels.Discord.Rest;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Discord;

/// <summary>
/// Thread mode (<see cref="DiscordOptions.ThreadChannelId"/>): each conversation gets a private thread in that guild
/// channel whose only members are the person and the bot, a pointer to it in their DMs, and is archived and locked
/// when the conversation ends. Without the setting, or for someone Discord will not add (not in the server), the
/// conversation stays in their DMs, told apart by its labels and /switch, as it would without thread mode.
/// </summary>
internal sealed partial class DiscordConversationThreads(
    DiscordThreadsApi threads,
    DiscordDirectMessages directMessages,
    DiscordMessagesApi messages,
    IOptions<DiscordOptions> options,
    ILogger<DiscordConversationThreads> logger)
{
    private static readonly DeliveryResult _inDirectMessages = new DeliveryResult.Delivered(null);

    /// <summary>The thread, named after the other person (the message's text); its id is what the outbox records.</summary>
    public async Task<DeliveryResult> OpenAsync(long outboxId, OutboundMessage message, CancellationToken cancellationToken)
    {
        if (options.Value.ThreadChannelId is not { } parent)
        {
            return _inDirectMessages;
        }

        var person = await directMessages.RecipientOfAsync(message.To.ChatId, cancellationToken);
        if (person.Value is not { } userId)
        {
            return InDirectMessagesOrRetry(person.Failure!);
        }

        var created = await threads.CreatePrivateThreadAsync(parent, Name(message.Text), cancellationToken);
        if (created.Value is not { } thread)
        {
            return InDirectMessagesOrRetry(created.Failure!);
        }

        var added = await threads.AddMemberAsync(thread.Id, userId, cancellationToken);
        if (added.Failure is { } notAdded)
        {
            // A thread nobody can read is closed at once; the next attempt (or the DMs) takes over.
            await threads.ArchiveAsync(thread.Id, cancellationToken);
            return InDirectMessagesOrRetry(notAdded);
        }

        await PointToAsync(outboxId, message, thread, cancellationToken);
        return new DeliveryResult.Delivered(thread.Id);
    }

    /// <summary>The conversation ended: its thread is archived and locked, so nothing more is written there by mistake.</summary>
    public async Task<DeliveryResult> CloseAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        if (message.To.ThreadId is not { } threadId)
        {
            return _inDirectMessages;
        }

        var archived = await threads.ArchiveAsync(threadId, cancellationToken);

        // Gone already (a moderator deleted it) is as closed as a thread gets.
        return archived.Outcome == DiscordOutcome.Permanent ? _inDirectMessages : archived.ToDeliveryResult(_ => null);
    }

    /// <summary>
    /// After a send to a thread failed for good: true when the thread is open for writing (again), false when it is
    /// gone or a moderator locked it, and the message belongs in the DMs. Discord archives a thread that was quiet for
    /// a week; the conversation did not end, so such a thread is opened again.
    /// </summary>
    public async Task<bool> ReopenAsync(string threadId, CancellationToken cancellationToken)
    {
        var read = await threads.GetAsync(threadId, cancellationToken);
        if (read.Value is not { } thread || IsLocked(thread))
        {
            return false;
        }

        return thread.ThreadMetadata?.Archived != true || (await threads.UnarchiveAsync(threadId, cancellationToken)).IsSuccess;
    }

    private static bool IsLocked(DiscordChannel thread) => thread.ThreadMetadata?.Locked == true;

    /// <summary>
    /// The person may not look at the server often: their DMs say where the conversation is and who can read it
    /// (moderators can open private threads). Best effort: the thread exists and the conversation starts either way.
    /// </summary>
    private async Task PointToAsync(long outboxId, OutboundMessage message, DiscordChannel thread, CancellationToken cancellationToken)
    {
        var pointer = new DiscordNewMessage(DiscordThreadCopy.Pointer(message.Text, thread.GuildId, thread.Id)) { Nonce = DiscordRenderer.Nonce(outboxId, 0) };
        if ((await messages.SendAsync(message.To.ChatId, pointer, cancellationToken)).Failure is { } failure)
        {
            LogPointerNotSent(logger, failure.ToString());
        }
    }

    private DeliveryResult InDirectMessagesOrRetry(DiscordFailure failure)
    {
        if (failure.Outcome is DiscordOutcome.Permanent or DiscordOutcome.Unreachable)
        {
            LogInDirectMessages(logger, failure.ToString());
            return _inDirectMessages;
        }

        return new DeliveryResult.RetryLater(failure.ToString(), failure.RetryAfter);
    }

    private static string Name(string otherName) =>
        otherName.Length == 0 ? "Conversation" : otherName.Length <= DiscordThreadsApi.MaxNameLength ? otherName : otherName[..DiscordThreadsApi.MaxNameLength];

    [LoggerMessage(Level = LogLevel.Warning, Message = "A conversation's Discord thread could not be opened ({Problem}); it continues in direct messages")]
    private static partial void LogInDirectMessages(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The pointer to a new Discord thread could not be sent ({Problem})")]
    private static partial void LogPointerNotSent(ILogger logger, string problem);
}
