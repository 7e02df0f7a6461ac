using System.Globalization;
using HealLink.Bot.Tests.Channels.Telegram;
using HealLink.FakeTelegram;
using Xunit.Abstractions;

namespace HealLink.Bot.Tests.Reliability;

/// <summary>
/// Two real bot processes on one database, as the README's webhook set-up runs them behind a load balancer: both
/// receive updates and both dispatch the outbox, so every row is raced for by two dispatchers, and the claims must
/// let each message go once, in order.
/// </summary>
[Collection(RealProcesses.Collection)]
public sealed class TwoProcessRelayTests(ITestOutputHelper output) : ReliabilityTestBase
{
    private const int Conversations = 20;
    private const int Messages = 500;

    private static readonly TimeSpan _patience = TimeSpan.FromMinutes(3);

    // Why webhooks: Telegram serves one bot either by getUpdates or by a webhook, never both, and answers a second
    // poller with 409, so several instances can only share updates as below: Telegram posts each update to one
    // public address, a balancer passes it to one instance, and that instance answers only once it is committed.
    [Fact]
    public Task Relay_TwoProcessesBehindOneWebhookOnOneFile_EachOfFiveHundredMessagesArrivesOnceAndInOrder() =>
        ReliabilitySeed.RunAsync(output, async seed =>
        {
            int[] ports = [FreePort.Next(), FreePort.Next()];
            await using var balancer = await RoundRobinWebhook.StartAsync([.. ports.Select(WebhookInstance.Endpoint)]);
            await using var telegram = await FakeTelegramServer.StartAsync(new FakeTelegramOptions { WebhookRoute = _ => balancer.Url });
            var plan = RelayPlan.Create(telegram, Conversations, Messages, seed);
            await SeededDatabase.CreateAsync(Database, plan.Pairs);
            var progress = new RelayProgress(telegram, plan, Database);

            // Each process knows the fake by another name (127.0.0.1, localhost), so its calls carry its own Host header.
            string[] hosts = [Host("127.0.0.1", telegram), Host("localhost", telegram)];
            await using var first = TelegramBotProcess.Start(telegram, Database, WebhookSettings(ports[0], hosts[0]));
            await using var second = TelegramBotProcess.Start(telegram, Database, WebhookSettings(ports[1], hosts[1]));
            bool BothRunning() => !first.HasExited && !second.HasExited;
            await RelayProgress.WaitAsync(
                () => Task.FromResult(hosts.All(host => telegram.CallsOf("setWebhook").Any(c => c.Host == host && c.StatusCode == 200))),
                _patience,
                BothRunning,
                () => "Both processes did not register the webhook.");

            foreach (var message in plan.Messages)
            {
                telegram.EnqueueText(message.From, message.Text);
            }

            await RelayProgress.WaitAsync(progress.IsCompleteAsync, _patience, BothRunning, progress.DescribeMissing);

            var audit = DeliveryAudit.Of(plan.ExpectedByChat, progress.ReceivedBy, kills: [], TimeSpan.Zero);
            var sent = hosts.Select(host => telegram.CallsOf("sendMessage").Count(c => c.Host == host && c.StatusCode == 200)).ToList();
            output.WriteLine($"{Messages} messages in {Conversations} conversations; updates handled by each process: {string.Join(", ", balancer.Handled)}; messages sent by each: {string.Join(", ", sent)}");
            foreach (var problem in audit.Problems.Take(20))
            {
                output.WriteLine(problem);
            }

            Assert.Empty(audit.Problems);
            Assert.Equal(Messages, sent.Sum());
            Assert.All(balancer.Handled, handled => Assert.True(handled > 0, "each process received updates"));
            Assert.All(sent, count => Assert.True(count > 0, "each process dispatched the outbox"));
            Assert.Equal(Messages, await progress.CountAsync("SELECT count(*) FROM relayed_messages"));
        });

    private static string Host(string name, FakeTelegramServer telegram) =>
        string.Create(CultureInfo.InvariantCulture, $"{name}:{telegram.BaseUrl.Port}");

    private static string[] WebhookSettings(int port, string apiHost) =>
    [
        .. WebhookInstance.Settings(port, $"http://{apiHost}"),

        // Production's lease: no process dies here, and a claim must outlast any send however busy the machine is.
        "--Outbox:ClaimLease=00:02:00",
    ];
}
