using System.Diagnostics;
using System.Globalization;
using HealLink.Bot.Tests.Channels.Telegram;
using HealLink.Core.Jobs;
using HealLink.Core.Storage;
using HealLink.FakeTelegram;
using Xunit.Abstractions;

namespace HealLink.Bot.Tests.Reliability;

/// <summary>
/// Issue #16's multi-instance deployment: three real bot processes on one PostgreSQL database behind one webhook and a
/// round-robin balancer, so every process receives updates and every process dispatches the outbox, while Telegram
/// (the fake) enforces its own limits. One process is killed (SIGKILL) half-way and started again. Every message
/// arrives once and in order, except the killed process's in-flight sends, which are counted; no update is handled
/// twice though the fake posts again, to another process, what it got no answer for; and the three together never make the fake
/// refuse a message for going too fast; the shared jobs, on Quartz's clustered store, fire once per schedule across them.
/// </summary>
[Collection(RealProcesses.Collection)]
[Trait("Database", "Postgres")]
public sealed class PostgresInstancesRelayTests(ITestOutputHelper output) : ReliabilityTestBase(DatabaseProvider.Postgres)
{
    private const int Instances = 3;
    private const int Conversations = 20;
    private const int Messages = 2000;

    // Faster than the bot may send (30 a second), so a backlog builds and the limits, not the typing, set the pace.
    private const int TypedPerSecond = 40;

    // Telegram's documented limits, given to the bot and enforced by the fake: about one message a second per chat
    // (short bursts tolerated) and 30 a second for the whole bot, however many processes it runs as.
    private const double PerChatPerSecond = 1;
    private const int PerChatBurst = 3;
    private const double GlobalPerSecond = 30;

    // Every this many webhook posts the balancer loses the process's answer, so Telegram posts the update again, to the
    // next process: 50 updates each handled by one process and offered to another.
    private const int LoseAnswerEvery = 40;

    // Outbox:MaxConcurrentChats's default: at most this many sends of one process are in flight when it is killed.
    private const int SendsAtOnce = 8;

    // As in RelayUnderKillsTests: a first copy accepted longer than this before the kill was not in flight.
    private static readonly TimeSpan _sendWindow = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan _patience = TimeSpan.FromMinutes(4);

    private static readonly TimeSpan _jobInterval = TimeSpan.FromSeconds(2);

    // Each node declares the interval triggers again when it starts (four starts here), which may bring one run early.
    private const int ProcessStarts = Instances + 1;

    [Fact]
    public Task Relay_ThreeProcessesOnOnePostgresDatabaseOneKilledMidway_EachMessageArrivesInOrderWithinTelegramsLimits() =>
        ReliabilitySeed.RunAsync(output, async seed =>
        {
            var random = new Random(seed);
            int[] ports = [.. Enumerable.Range(0, Instances).Select(_ => FreePort.Next())];
            await using var balancer = await RoundRobinWebhook.StartAsync([.. ports.Select(WebhookInstance.Endpoint)], LoseAnswerEvery);

            // One port of the fake per process, so each process's calls are told apart by their Host header.
            await using var telegram = await FakeTelegramServer.StartAsync(new FakeTelegramOptions { WebhookRoute = _ => balancer.Url, Ports = Instances });
            telegram.EnforceRateLimits(PerChatPerSecond, PerChatBurst, GlobalPerSecond);
            var plan = RelayPlan.Create(telegram, Conversations, Messages, random.Next());

            // On PostgreSQL every instance must be given the same key: the database's settings name one file all of them read.
            await SeededDatabase.CreateAsync(Database, plan.Pairs);
            var progress = new RelayProgress(telegram, plan, Database);
            var hosts = telegram.BaseUrls.Select(u => u.Authority).ToArray();
            string[] Settings(int i) => InstanceSettings(ports[i], telegram.BaseUrls[i]);

            var bots = Enumerable.Range(0, Instances).Select(i => TelegramBotProcess.Start(telegram, Database, Settings(i))).ToArray();
            try
            {
                bool AllRunning() => bots.All(b => !b.HasExited);
                await RelayProgress.WaitAsync(
                    async () => hosts.All(host => telegram.CallsOf("setWebhook").Any(c => c.Host == host && c.StatusCode == 200))
                        && await RunningAsync() == Instances,
                    _patience,
                    AllRunning,
                    () => "The processes did not all register the webhook and report themselves running.");

                // Each process counts the others with its status report (every second here): wait for two rounds.
                await Task.Delay(TimeSpan.FromSeconds(2.5));

                var clock = Stopwatch.StartNew();
                using var stop = new CancellationTokenSource(_patience);
                var typing = plan.TypeAsync(telegram, TypedPerSecond, stop.Token);
                var point = (Messages / 2) + random.Next(-Messages / 20, Messages / 20);
                await RelayProgress.WaitAsync(() => Task.FromResult(progress.Accepted >= point), _patience, AllRunning, progress.DescribeMissing);
                await Task.Delay(random.Next(100));
                var victim = random.Next(Instances);
                var killedAt = DateTimeOffset.UtcNow;
                await bots[victim].DisposeAsync();
                var restartedAt = DateTimeOffset.UtcNow;
                bots[victim] = TelegramBotProcess.Start(telegram, Database, Settings(victim));
                var kill = new KillRecord(1, killedAt, restartedAt);

                await typing;
                await RelayProgress.WaitAsync(progress.IsCompleteAsync, _patience, AllRunning, progress.DescribeMissing);
                var elapsed = clock.Elapsed;

                var audit = DeliveryAudit.Of(plan.ExpectedByChat, progress.ReceivedBy, [kill], _sendWindow);
                var sends = telegram.CallsOf("sendMessage");
                var accepted = sends.Where(c => c.StatusCode == 200).ToList();
                var resentByVictim = audit.Resent.Count(r => FirstCopyHost(accepted, r) == hosts[victim]);
                var busiestChat = plan.ExpectedByChat.Keys.Max(chat => MostWithin(progress.ReceivedBy(chat).Select(m => m.At), TimeSpan.FromSeconds(1)));
                var busiestSecond = MostWithin(accepted.Select(c => c.At), TimeSpan.FromSeconds(1));
                var handled = balancer.Handled;
                var timingRuns = await Database.ColumnAsync<long>(
                    $"SELECT started_at FROM job_executions WHERE scheduler = '{JobSchedules.Shared}' AND job_name = '{JobSchedules.ConnectionTiming.Name}' ORDER BY started_at");
                var runsTooSoon = timingRuns.Zip(timingRuns.Skip(1), (a, b) => b - a).Count(gap => gap < _jobInterval.TotalMilliseconds / 2);
                var schedules = (timingRuns[^1] - timingRuns[0]) / _jobInterval.TotalMilliseconds;

                output.WriteLine($"{Messages} messages in {Conversations} conversations through {Instances} processes on PostgreSQL in {elapsed.TotalSeconds:0.0} s");
                output.WriteLine($"updates answered by each process: {string.Join(", ", handled)} (answers lost on the way back: {balancer.AnswersLost}; posted again and answered as already handled: {handled.Sum() - Messages})");
                output.WriteLine($"messages sent by each process: {string.Join(", ", hosts.Select(h => accepted.Count(c => c.Host == h)))}");
                output.WriteLine($"process {victim + 1} killed after {point} sends, gone {(restartedAt - killedAt).TotalMilliseconds:0} ms after the kill was ordered");
                output.WriteLine($"resent after the kill: {audit.Resent.Count} (first copy from the killed process: {resentByVictim})");
                foreach (var resent in audit.Resent)
                {
                    output.WriteLine($"  \"{resent.Text}\", first accepted {resent.FirstCopyAfterKill.TotalMilliseconds:+0;-0} ms from the kill order");
                }

                output.WriteLine($"connection timing job: {timingRuns.Count} runs over {schedules:0} schedules of {_jobInterval.TotalSeconds:0} s, by {await Database.ScalarAsync<long>($"SELECT count(DISTINCT process_id) FROM job_executions WHERE job_name = '{JobSchedules.ConnectionTiming.Name}'")} processes; {runsTooSoon} less than half an interval after the one before");
                output.WriteLine($"Telegram answered 429 ×{sends.Count(c => c.StatusCode == 429)}; most messages one chat received within a second: {busiestChat} (burst {PerChatBurst}); most the bot sent within a second: {busiestSecond} (Telegram's {GlobalPerSecond} a second; the fake lets a second's worth through at once)");
                foreach (var problem in audit.Problems.Take(20))
                {
                    output.WriteLine(problem);
                }

                Assert.Empty(audit.Problems);
                Assert.InRange(audit.Resent.Count, 0, SendsAtOnce);
                Assert.Equal(audit.Resent.Count, resentByVictim);
                Assert.Equal(Messages + audit.Resent.Count, accepted.Count);

                // The fake refuses with a 429 whatever goes over its limits: none means the three kept within them together.
                // (Each process on its own bucket, as before the rate was shared, got 607 of them here.)
                Assert.Equal(0, sends.Count(c => c.StatusCode == 429));
                Assert.InRange(busiestChat, 1, PerChatBurst);

                // Each update was handled once, by whichever process it reached first, though some reached two.
                Assert.InRange(handled.Sum() - Messages, balancer.AnswersLost, int.MaxValue);
                Assert.True(balancer.AnswersLost >= Messages / LoseAnswerEvery, "answers were lost, and their updates posted again");
                Assert.Equal(Messages, await Database.ScalarAsync<long>("SELECT count(*) FROM inbound_receipts"));
                Assert.Equal(Messages, await Database.ScalarAsync<long>("SELECT count(*) FROM relayed_messages"));
                Assert.Equal(0, await Database.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE failed_at IS NOT NULL"));
                Assert.All(handled, count => Assert.True(count > 0, "each process received updates"));
                Assert.All(hosts, host => Assert.Contains(accepted, c => c.Host == host));


                // Every shared job fires once per schedule across the three: three schedulers each firing would run it
                // three times an interval, most runs right after another.
                Assert.True(timingRuns.Count >= 3, "the shared jobs ran");
                Assert.InRange(runsTooSoon, 0, ProcessStarts);
                Assert.InRange(timingRuns.Count, 1, schedules + 1 + ProcessStarts);
            }
            finally
            {
                foreach (var bot in bots)
                {
                    await bot.DisposeAsync();
                }
            }
        });

    private Task<long> RunningAsync() =>
        Database.ScalarAsync<long>("SELECT count(*) FROM process_statuses WHERE stopped_at IS NULL");

    /// <summary>Which process's port the first accepted copy of a resent message came through.</summary>
    private static string? FirstCopyHost(IReadOnlyList<FakeApiCall> accepted, ResentAfterKill resent)
    {
        var chatId = resent.ChatId.ToString(CultureInfo.InvariantCulture);

        // The relayed text is the sender's name, a colon and their words, which alone are unique.
        var words = resent.Text[(resent.Text.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        return accepted.FirstOrDefault(c =>
            c.Parameters["chat_id"]?.ToString() == chatId
            && c.Parameters["text"]?.ToString().Contains(words, StringComparison.Ordinal) == true)?.Host;
    }

    /// <summary>The most moments of <paramref name="times"/> inside any stretch of <paramref name="span"/>.</summary>
    private static int MostWithin(IEnumerable<DateTimeOffset> times, TimeSpan span)
    {
        var sorted = times.Order().ToList();
        var most = 0;
        for (int first = 0, last = 0; last < sorted.Count; last++)
        {
            while (sorted[last] - sorted[first] >= span)
            {
                first++;
            }

            most = Math.Max(most, last - first + 1);
        }

        return most;
    }

    private static string[] InstanceSettings(int port, Uri telegram) =>
    [
        .. WebhookInstance.Settings(port, telegram.ToString()),
        string.Create(CultureInfo.InvariantCulture, $"--Telegram:PerChatMessagesPerSecond={PerChatPerSecond}"),
        string.Create(CultureInfo.InvariantCulture, $"--Telegram:PerChatBurst={PerChatBurst}"),
        string.Create(CultureInfo.InvariantCulture, $"--Telegram:GlobalMessagesPerSecond={GlobalPerSecond}"),

        // Longer than any one send waiting its turns under the limits, so a live claim never lapses; a dead process's
        // rows wait this long before another takes them over.
        "--Outbox:ClaimLease=00:00:15",

        // Each process counts the running ones with its report: a second here, so a start or a death is seen soon.
        "--ProcessStatus:ReportInterval=00:00:01",

        // The shared jobs on Quartz's clustered store: the two that run on an interval run every two seconds here, and
        // a node is declared dead two seconds after its last check-in, so what the killed one held is recovered soon.
        string.Create(CultureInfo.InvariantCulture, $"--Jobs:ConnectionTimingInterval={_jobInterval}"),
        string.Create(CultureInfo.InvariantCulture, $"--Jobs:NotifyWaitingMenteesInterval={_jobInterval}"),
        "--Jobs:PollInterval=00:00:01",
        "--Jobs:ClusterCheckinInterval=00:00:01",
        "--Jobs:ClusterCheckinMisfireThreshold=00:00:02",
        "--Jobs:ReEmbedOnStart=false",
    ];
}
