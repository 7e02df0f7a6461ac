using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using HealLink.FakeTelegram.Methods;
using HealLink.FakeTelegram.Routing;
using Microsoft.AspNetCore.Builder;

namespace HealLink.FakeTelegram;

/// <summary>
/// A real HTTP server on 127.0.0.1 that answers as the Telegram Bot API does, for our own client to be tested against:
/// point the client at <see cref="BaseUrl"/> (it calls <c>{BaseUrl}/bot{Token}/{method}</c>), play people with
/// CreateUser and the Enqueue methods, and read what the bot did from SentTo and Calls. Thread-safe throughout.
/// </summary>
public sealed class FakeTelegramServer : IAsyncDisposable
{
    public const string DefaultToken = "123456:TEST-token_abc";
    public const string BotUsername = "HealLinkTestBot";

    private readonly WebApplication _app;
    private readonly FakeState _state;
    private readonly FakeCallLog _calls = new();
    private readonly FakeFaults _faults = new();
    private readonly FakeRateLimiter _limiter;
    private readonly CancellationTokenSource _stopping = new();
    private readonly FakeUpdates _people;
    private int _disposed;

    private FakeTelegramServer(FakeTelegramOptions options)
    {
        Token = options.Token;
        _limiter = new FakeRateLimiter(options.Time);
        var updates = new FakeUpdateQueue(options.Time);
        _state = new FakeState(
            new BotIdentity(BotIdFrom(options.Token), "HealLink Test", BotUsername, options.TopicsEnabled),
            new FakeChatState(_limiter),
            updates,
            new FakeWebhookDelivery(updates, options.WebhookRetryDelay, options.WebhookRoute ?? (url => url), options.Time),
            new FakeCallbackQueries(),
            new FakeFiles(),
            new FakeCommandList(),
            options.Time);
        _people = new FakeUpdates(_state);

        var methods = new ApiMethodTable();
        new BotMethods(_state).AddTo(methods);
        new UpdateMethods(_state).AddTo(methods);
        new WebhookMethods(_state).AddTo(methods);
        new SendMethods(_state).AddTo(methods);
        new EditMethods(_state).AddTo(methods);
        new ChatMethods(_state).AddTo(methods);
        _app = FakeHost.Build(
            new FakeApiEndpoint(Token, methods, _faults, _calls, options.Time, _stopping.Token),
            new FileDownloadEndpoint(Token, _state.Files),
            options.Ports);
    }

    /// <summary>e.g. http://127.0.0.1:41234 (the port the OS gave).</summary>
    public Uri BaseUrl => new(_app.Urls.First());

    /// <summary>Every address the fake answers on, <see cref="BaseUrl"/> first (see <see cref="FakeTelegramOptions.Ports"/>).</summary>
    public IReadOnlyList<Uri> BaseUrls => [.. _app.Urls.Select(url => new Uri(url))];

    public string Token { get; }

    public long BotId => _state.Bot.Id;

    public static Task<FakeTelegramServer> StartAsync(string token = DefaultToken) =>
        StartAsync(new FakeTelegramOptions { Token = token });

    public static async Task<FakeTelegramServer> StartAsync(FakeTelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var server = new FakeTelegramServer(options);
        try
        {
            await server._app.StartAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    // People and their updates

    /// <summary>A person with a unique id (1001, 1002, …); their private chat with the bot has the same id.</summary>
    public FakeTelegramUser CreateUser(string firstName = "Maria", string? languageCode = "en") =>
        _state.Chats.CreateUser(firstName, languageCode);

    /// <inheritdoc cref="FakeUpdates.EnqueueText"/>
    public long EnqueueText(FakeTelegramUser user, string text, long? threadId = null, long? replyToMessageId = null) =>
        _people.EnqueueText(user, text, threadId, replyToMessageId);

    /// <inheritdoc cref="FakeUpdates.EnqueueVoice"/>
    public long EnqueueVoice(FakeTelegramUser user, long? threadId = null) => _people.EnqueueVoice(user, threadId);

    /// <inheritdoc cref="FakeUpdates.EnqueueEdit"/>
    public long EnqueueEdit(FakeTelegramUser user, long messageId, string newText) => _people.EnqueueEdit(user, messageId, newText);

    /// <summary>Every message in the person's chat, theirs and the bot's, in order.</summary>
    public IReadOnlyList<FakeSentMessage> ChatHistory(FakeTelegramUser user) => _state.Chats.History(user?.ChatId ?? throw new ArgumentNullException(nameof(user)));

    /// <inheritdoc cref="FakeUpdates.EnqueuePhoto"/>
    public long EnqueuePhoto(FakeTelegramUser user, string? caption = null, byte[]? bytes = null) => _people.EnqueuePhoto(user, caption, bytes);

    /// <inheritdoc cref="FakeUpdates.EnqueueCallback"/>
    public long EnqueueCallback(FakeTelegramUser user, long messageId, string data) =>
        _people.EnqueueCallback(user, messageId, data);

    /// <summary>
    /// Queues a raw update (for fuzzing: unknown update types, missing fields). The fake gives it the next update_id,
    /// replacing any it has. Its first field names its type for allowed_updates; a type the fake does not know is
    /// delivered under the default setting only.
    /// </summary>
    public long EnqueueUpdate(string updateJsonWithoutId) =>
        _state.Updates.Enqueue(JsonNode.Parse(updateJsonWithoutId) as JsonObject
            ?? throw new ArgumentException("An update is a JSON object.", nameof(updateJsonWithoutId)));

    /// <summary>
    /// Makes one coming getUpdates answer HTTP 200 with the body <c>{"ok":true,"result":[</c> + anything + <c>]}</c>,
    /// character for character, well-formed or not (e.g. <c>{"update_id":</c> gives malformed JSON). Raw bodies come
    /// before pending updates, one per call, in the order queued, without waiting; they use no update_id and confirm
    /// nothing, though the call's offset is applied as usual. A webhook never receives them.
    /// </summary>
    public void EnqueueRawBody(string anything) => _state.Updates.EnqueueRawBody(anything);

    // What the bot did

    /// <summary>What the bot sent into this chat (sendMessage, copyMessage), oldest first, edits applied.</summary>
    public IReadOnlyList<FakeSentMessage> SentTo(long chatId) => _state.Chats.SentTo(chatId);

    public IReadOnlyList<FakeSentMessage> SentTo(FakeTelegramUser user) => SentTo(user?.ChatId ?? throw new ArgumentNullException(nameof(user)));

    public IReadOnlyList<FakeApiCall> Calls => _calls.Snapshot();

    /// <summary>The calls of one method (any case), in the order answered.</summary>
    public IReadOnlyList<FakeApiCall> CallsOf(string method) =>
        [.. Calls.Where(c => c.Method.Equals(method, StringComparison.OrdinalIgnoreCase))];

    public IReadOnlyList<string> AnsweredCallbackIds => [.. _state.Callbacks.Answers.Select(a => a.CallbackQueryId)];

    public IReadOnlyList<FakeCallbackAnswer> CallbackAnswers => _state.Callbacks.Answers;

    public IReadOnlyList<FakeCommand> Commands => _state.Commands.Current;

    /// <summary>The menu set for people whose app is in <paramref name="languageCode"/>.</summary>
    public IReadOnlyList<FakeCommand> CommandsIn(string languageCode) => _state.Commands.In(languageCode);

    /// <summary>Updates with an id below this are confirmed and gone.</summary>
    public long ConfirmedOffset => _state.Updates.ConfirmedOffset;

    public int PendingUpdateCount => _state.Updates.PendingCount;

    /// <summary>
    /// Whether a getUpdates is waiting for an update right now; wait for this before enqueueing to test the wake-up.
    /// </summary>
    public bool IsLongPolling => _state.Updates.IsLongPolling;

    /// <summary>
    /// Checks the condition every 10 ms (real time) until it holds; after the timeout (5 s unless given) throws a
    /// TimeoutException listing the last requests the fake answered.
    /// </summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var limit = timeout ?? TimeSpan.FromSeconds(5);
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed >= limit)
            {
                throw new TimeoutException(string.Create(
                    CultureInfo.InvariantCulture, $"The condition did not hold within {limit.TotalSeconds:0.###} s. {_calls.Describe()}"));
            }

            await Task.Delay(10);
        }
    }

    // Faults, as Telegram produces them

    /// <summary>The next <paramref name="times"/> calls of the method (any case) get the fault instead of the normal answer.</summary>
    public void FailNext(string method, int times, FakeFault fault) => _faults.Add(method, times, fault);

    /// <summary>
    /// From now on each call of the method (any case) with no fault queued gets, with this probability, one of the faults,
    /// chosen at random; the draws follow the seed. Replaces any earlier chance for the method.
    /// </summary>
    public void FailAtRandom(string method, double probability, int seed, params FakeFault[] faults) =>
        _faults.AddRandom(method, probability, seed, faults);

    /// <summary>Forgets every fault still queued, and every chance of one: Telegram is healthy again.</summary>
    public void ClearFaults() => _faults.Clear();

    /// <inheritdoc cref="FakeUpdates.SetBlocked"/>
    public void Block(FakeTelegramUser user) => _people.SetBlocked(user, blocked: true);

    /// <inheritdoc cref="FakeUpdates.SetBlocked"/>
    public void Unblock(FakeTelegramUser user) => _people.SetBlocked(user, blocked: false);

    /// <summary>
    /// Sends to the old id answer 400 "Bad Request: group chat was upgraded to a supergroup chat" with
    /// parameters.migrate_to_chat_id; the new id is a supergroup the bot can send to.
    /// </summary>
    public void MigrateChat(long chatId, long newChatId) => _state.Chats.Migrate(chatId, newChatId);

    /// <summary>
    /// Beyond these rates, sendMessage and copyMessage answer 429 "Too Many Requests: retry after N" with
    /// parameters.retry_after = N, whole seconds until a message could go, at least 1. The global burst is one second's worth.
    /// </summary>
    public void EnforceRateLimits(double perChatPerSecond, int perChatBurst, double globalPerSecond) =>
        _limiter.Enforce(perChatPerSecond, perChatBurst, globalPerSecond);

    /// <summary>How many answers were 429s, from rate limits and from FailNext alike.</summary>
    public int TooManyRequestsAnswered => Calls.Count(c => c.StatusCode == 429);

    // Webhook

    /// <summary>As setWebhook set it; null while none is set (deleteWebhook, or setWebhook with an empty url).</summary>
    public FakeWebhook? Webhook => _state.Webhooks.Current;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        await _state.Webhooks.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private static long BotIdFrom(string token) =>
        token.Split(':') is [var id, { Length: > 0 }] && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var botId)
            ? botId
            : throw new ArgumentException("A bot token reads <digits>:<secret>, as Telegram's do.", nameof(token));
}
