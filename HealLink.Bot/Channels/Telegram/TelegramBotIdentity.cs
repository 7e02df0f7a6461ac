using Telegram.Bot;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// What getMe said about our bot that changes how we send: whether its private chats have topics (a setting in
/// BotFather). Read once at start-up; the sender asks for it itself if it sends before start-up got that far.
/// </summary>
internal sealed class TelegramBotIdentity(ITelegramBotClient bot)
{
    private readonly Lock _gate = new();
    private Task<bool>? _hasTopics;

    /// <summary>Whether each conversation gets its own topic in people's private chats.</summary>
    public Task<bool> HasTopicsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _hasTopics ??= AskAsync(cancellationToken);
        }
    }

    /// <summary>Start-up's own getMe answer, so no second call is made.</summary>
    public void Remember(bool hasTopics)
    {
        lock (_gate)
        {
            _hasTopics = Task.FromResult(hasTopics);
        }
    }

    private async Task<bool> AskAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await bot.GetMe(cancellationToken)).HasTopicsEnabled;
        }
        catch
        {
            // Asked again next time: a failed answer must not be remembered.
            lock (_gate)
            {
                _hasTopics = null;
            }

            throw;
        }
    }
}
