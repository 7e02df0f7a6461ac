using System.Collections.Concurrent;
using System.Text.Json;
using HealLink.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HealLink.Bot.Tests.Channels.Telegram.Fuzzing;

/// <summary>
/// Thousands of generated strange updates (see <see cref="UpdateFuzzer"/>) reach the running bot as Telegram would
/// deliver them; none may stop it or stall it, and a person who writes afterwards is answered as usual. Each run
/// has a new seed, named in any failure so it can be replayed.
/// </summary>
public sealed class TelegramGeneratedFuzzTests : TelegramTestBase
{
    private const int PolledUpdates = 3000;
    private const int PostedUpdates = 1000;
    private const string Secret = "fuzz_Secret-1";

    // Well above the generator's update ids, which count up from 1.
    private const long StartUpdateId = 900_000_000;

    // Generated messages that read as a person's get replies to chats the fake does not know (400 at once);
    // Telegram's global limit of 30 a second would keep the outbox busy for minutes.
    private const string QuickSends = "--Telegram:GlobalMessagesPerSecond=1000";

    private static readonly string[] _webhookSettings =
    [
        "--Telegram:Mode=Webhook",
        "--Telegram:WebhookUrl=https://bot.example.org/telegram/webhook",
        $"--Telegram:WebhookSecret={Secret}",
        "--Telegram:WebhookListenUrl=http://127.0.0.1:0",
        QuickSends,
    ];

    [Fact]
    public Task Polling_ThousandsOfGeneratedUpdates_TheBotKeepsRunningAndAnswersAPerson() => FuzzSeed.RunAsync(async seed =>
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database, configure: null, QuickSends);
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser()) { Bot = bot };
        var updates = new UpdateFuzzer(seed).Take(PolledUpdates).Where(u => !ClaimsALaterId(u)).ToList();

        // Raw bodies go first: each is served whole, before any queued update, so once the queue is empty every
        // generated update has been read. A hundred to a body, as getUpdates' own limit batches them.
        foreach (var batch in updates.Where(u => !FakeCanQueue(u)).Chunk(100))
        {
            Telegram.EnqueueRawBody(string.Join(",", batch.Select(u => u.Json)));
        }

        foreach (var update in updates.Where(FakeCanQueue))
        {
            Telegram.EnqueueUpdate(update.Json);
        }

        // Not confirmed means not committed: an update the bot can never commit holds up everything after it.
        await Telegram.WaitUntilAsync(() => Telegram.PendingUpdateCount == 0, TimeSpan.FromSeconds(90));
        var replies = await maria.SayAsync("/start");

        Assert.Equal(2, replies.Count);
        Assert.False(bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested, "the bot is stopping");
    });

    [Fact]
    public Task Webhook_ThousandGeneratedBodies_EachAnswered200Or400AndAPersonIsAnswered() => FuzzSeed.RunAsync(async seed =>
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database, configure: null, _webhookSettings);
        using var http = new HttpClient { BaseAddress = new Uri(bot.Webhook.ListeningOn[0]) };

        // Deeper than readers read by default (64): a body too deep to parse must be refused, not fail the server.
        // A few at a time, as Telegram posts concurrently (up to the webhook's max_connections).
        var unexpected = new ConcurrentQueue<string>();
        var updates = new UpdateFuzzer(seed, maxDepth: 100).Take(PostedUpdates);
        await Parallel.ForEachAsync(updates, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (update, _) =>
        {
            var status = await PostAsync(http, update.Json);
            if (status is not (200 or 400))
            {
                unexpected.Enqueue($"{status} for {update}");
            }
        });

        var maria = Telegram.CreateUser();
        var start = await PostAsync(http, StartFrom(maria.Id));
        await bot.WaitUntilHandledAsync(StartUpdateId);

        Assert.Empty(unexpected);
        Assert.Equal(200, start);
        Assert.Equal(2, Telegram.SentTo(maria).Count);
    });

    /// <summary>
    /// The fake re-reads what it queues and filters it by allowed_updates, so an update it could not carry (not an
    /// object, a lone surrogate) or would hold back (a kind the bot did not ask for) is served verbatim instead.
    /// </summary>
    private static bool FakeCanQueue(FuzzedUpdate update) =>
        update.IsObject && !update.HasLoneSurrogate && update.Category is not (FuzzCategory.UnknownKind or FuzzCategory.RandomValue);

    /// <summary>
    /// A generated value whose update_id lies beyond the fake's own ids (a random object can carry any number there).
    /// Telegram numbers updates in sequence, so none can come from it; polled, it would confirm, by the offset after
    /// it, every update the fake queues later, the person's among them.
    /// </summary>
    private static bool ClaimsALaterId(FuzzedUpdate update)
    {
        try
        {
            using var document = JsonDocument.Parse(update.Json, new JsonDocumentOptions { MaxDepth = 256 });
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("update_id", out var id)
                && id.ValueKind == JsonValueKind.Number
                && id.TryGetInt64(out var value) && value >= FakeUpdateQueue.FirstUpdateId;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The status the webhook answered, or 0 when the connection dropped without an answer.</summary>
    private static async Task<int> PostAsync(HttpClient http, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/telegram/webhook", UriKind.Relative))
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        try
        {
            using var response = await http.SendAsync(request);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    private static string StartFrom(long userId) =>
        $$$"""{"update_id":{{{StartUpdateId}}},"message":{"message_id":1,"date":1,"chat":{"id":{{{userId}}},"type":"private"},"from":{"id":{{{userId}}},"is_bot":false,"first_name":"Maria"},"text":"/start","entities":[{"type":"bot_command","offset":0,"length":6}]}}""";
}
