using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using HealLink.Bot.Tests.Reliability;
using HealLink.FakeTelegram;

namespace HealLink.Benchmarks.Scale;

/// <summary>
/// Everything one row runs on: the fake Telegram (enforcing the limits the bots keep to), the webhook front with its
/// round-robin balancer, the seeded database, and the bot processes in webhook mode, all started and ready.
/// </summary>
internal sealed class ScaleCluster : IAsyncDisposable
{
    private const string Secret = "scale_Secret-1";

    private static readonly TimeSpan _startPatience = TimeSpan.FromMinutes(2);

    private readonly List<BotProcess> _bots = [];
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("heallink-scale-");
    private ScaleDatabase? _database;

    private ScaleCluster(WebhookFront front, FakeTelegramServer telegram, IReadOnlyList<(FakeTelegramUser Mentee, FakeTelegramUser Mentor)> conversations)
    {
        Front = front;
        Telegram = telegram;
        Conversations = conversations;
        Copies = new CopyWatcher(telegram);
    }

    public WebhookFront Front { get; }

    public FakeTelegramServer Telegram { get; }

    public CopyWatcher Copies { get; }

    public IReadOnlyList<(FakeTelegramUser Mentee, FakeTelegramUser Mentor)> Conversations { get; }

    public ScaleDatabase Database => _database ?? throw new InvalidOperationException("Not started.");

    public IReadOnlyList<BotProcess> Bots => _bots;

    public static async Task<ScaleCluster> StartAsync(
        ScaleSetup setup, ScaleOptions options, PostgresServer? server, string encryptionKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(options);
        var ports = Enumerable.Range(0, setup.Instances).Select(_ => FreePort.Next()).ToList();
        var front = await WebhookFront.StartAsync([.. ports.Select(WebhookOf)]);
        FakeTelegramServer? telegram = null;
        try
        {
            telegram = await FakeTelegramServer.StartAsync(new FakeTelegramOptions { WebhookRoute = _ => front.Url });
        }
        catch
        {
            await front.DisposeAsync();
            throw;
        }

        options.Limits.EnforceAt(telegram);
        var conversations = Enumerable.Range(1, options.Conversations)
            .Select(n => (Mentee: telegram.CreateUser(Name("Mentee", n)), Mentor: telegram.CreateUser(Name("Mentor", n))))
            .ToList();
        var cluster = new ScaleCluster(front, telegram, conversations);
        try
        {
            cluster._database = await ScaleDatabase.CreateAsync(setup, server, encryptionKey, [.. conversations.Select(Pair)], cancellationToken);
            foreach (var port in ports)
            {
                cluster._bots.Add(BotProcess.Start(cluster._folder.FullName, cluster.Settings(options, port), encryptionKey));
            }

            await cluster.WaitUntilReadyAsync(ports, cancellationToken);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>What a failure message needs: where updates went, and what the processes last said.</summary>
    public string Describe() => string.Join(
        ' ',
        $"Updates answered by each process: {string.Join(", ", Front.Handled)}; refused {Front.Refused};",
        $"unexpected sends {Copies.Unexpected}; processes exited: {string.Join(", ", _bots.Select(b => b.HasExited))}.",
        string.Join('\n', _bots.Select((b, i) => $"Process {i + 1} said:\n{b.LastLines}")));

    public async ValueTask DisposeAsync()
    {
        foreach (var bot in _bots)
        {
            await bot.DisposeAsync();
        }

        await Copies.DisposeAsync();
        await Front.DisposeAsync();
        await Telegram.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        _folder.Delete(recursive: true);
    }

    private IEnumerable<string> Settings(ScaleOptions options, int port) =>
    [
        .. Database.BotSettings(),
        $"--Telegram:BotToken={Telegram.Token}",
        $"--Telegram:ApiBaseUrl={Telegram.BaseUrl}",
        "--Telegram:Mode=Webhook",

        // The public address, whose TLS the balancer would terminate; the fake posts to the front instead.
        "--Telegram:WebhookUrl=https://127.0.0.1:8443/telegram/webhook",
        $"--Telegram:WebhookSecret={Secret}",
        string.Create(CultureInfo.InvariantCulture, $"--Telegram:WebhookListenUrl=http://127.0.0.1:{port}"),
        .. options.Limits.BotSettings(),

        // The relay alone is measured: the jobs are off in every row, so the rows differ only in the database and the instances.
        "--Jobs:Enabled=false",

        // The drivers write as fast as the bots relay: a person's pace (20 in 10 s) would measure the slowing of a flood.
        "--Pacing:MessagesPerWindow=10000",
        "--Logging:LogLevel:Default=Warning",
        "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
    ];

    /// <summary>Every process has registered the webhook and listens on its port.</summary>
    private async Task WaitUntilReadyAsync(List<int> ports, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (Telegram.CallsOf("setWebhook").Count(c => c.StatusCode == 200) < ports.Count || !ports.All(Listening))
        {
            if (_bots.Any(b => b.HasExited) || clock.Elapsed > _startPatience)
            {
                throw new InvalidOperationException($"The bot processes did not all start. {Describe()}");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static Uri WebhookOf(int port) => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/telegram/webhook"));

    private static string Name(string role, int number) => string.Create(CultureInfo.InvariantCulture, $"{role}{number:00}");

    private static ConversationPair Pair((FakeTelegramUser Mentee, FakeTelegramUser Mentor) c) => new(
        c.Mentee.Id.ToString(CultureInfo.InvariantCulture), c.Mentee.FirstName, c.Mentor.Id.ToString(CultureInfo.InvariantCulture), c.Mentor.FirstName);
}
