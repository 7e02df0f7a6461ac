using System.Diagnostics;
using HealLink.Bot.Tests.Channels.Telegram;
using HealLink.FakeTelegram;
using Xunit.Abstractions;

namespace HealLink.Bot.Tests.Reliability;

/// <summary>
/// The relay as it must survive production: the real bot process killed (SIGKILL) and started again five times while
/// a thousand messages cross twenty conversations, and Telegram answering 429s and 5xx at random. Every message
/// arrives, in order; the only repeats are Telegram's unavoidable one, a message in flight at a kill.
/// </summary>
[Collection(RealProcesses.Collection)]
public sealed class RelayUnderKillsTests(ITestOutputHelper output) : ReliabilityTestBase
{
    private const int Conversations = 20;
    private const int Messages = 1000;
    private const int Kills = 5;

    // About as fast as the bot sends (see Sending), so receiving and sending overlap and kills strike both.
    private const int TypedPerSecond = 60;

    // Telegram's overall limit (30 a second) is not what this run is about, and would make it twice as long.
    private const string Sending = "--Telegram:GlobalMessagesPerSecond=100";

    // Outbox:MaxConcurrentChats's default: at most this many sends are in flight when a kill strikes.
    private const int SendsAtOnce = 8;

    // Accepting a message and recording it sent are one HTTP answer and one small commit apart: milliseconds, but the
    // commit waits its turn for SQLite's one writer, and on a loaded machine that has taken up to 1.7 s. A first copy
    // older than this at the kill was not in flight; something else repeated it.
    private static readonly TimeSpan _sendWindow = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan _patience = TimeSpan.FromMinutes(3);

    [Fact]
    public Task Relay_ThousandMessagesWhileKilledFiveTimesAndTelegramFailsAtRandom_EachArrivesInOrderAndOnlyInFlightOnesTwice() =>
        ReliabilitySeed.RunAsync(output, async seed =>
        {
            var random = new Random(seed);
            await using var telegram = await FakeTelegramServer.StartAsync();
            var plan = RelayPlan.Create(telegram, Conversations, Messages, random.Next());
            await SeededDatabase.CreateAsync(Database, plan.Pairs);
            var progress = new RelayProgress(telegram, plan, Database);
            telegram.FailAtRandom(
                "sendMessage", 0.05, random.Next(), new FakeFault.TooManyRequests(1), new FakeFault.ServerError(500), new FakeFault.ServerError(502), new FakeFault.ServerError(503));
            telegram.FailAtRandom("getUpdates", 0.05, random.Next(), new FakeFault.TooManyRequests(1), new FakeFault.ServerError(502));

            var clock = Stopwatch.StartNew();
            var kills = await RunWithKillsAsync(telegram, plan, progress, random);
            var elapsed = clock.Elapsed;

            var audit = DeliveryAudit.Of(plan.ExpectedByChat, progress.ReceivedBy, kills, _sendWindow);
            var calls = telegram.Calls.Where(c => c.Method is "sendmessage" or "getupdates").ToList();
            Report(elapsed, progress.Accepted, kills, calls, audit);

            Assert.Empty(audit.Problems);
            Assert.All(kills, kill => Assert.InRange(audit.Resent.Count(r => r.Kill == kill.Number), 0, SendsAtOnce));
            Assert.Equal(Messages, await progress.CountAsync("SELECT count(*) FROM relayed_messages"));
            Assert.Equal(0, await progress.CountAsync("SELECT count(*) FROM outbox_messages WHERE failed_at IS NOT NULL"));

            // The run tested what it claims only if Telegram did fail.
            Assert.Contains(calls, c => c.Method == "sendmessage" && c.StatusCode == 429);
            Assert.Contains(calls, c => c.Method == "sendmessage" && c.StatusCode >= 500);
        });

    private void Report(TimeSpan elapsed, int accepted, IReadOnlyList<KillRecord> kills, IReadOnlyList<FakeApiCall> calls, DeliveryAudit audit)
    {
        string Answered(string method) =>
            $"{method} 429 ×{calls.Count(c => c.Method == method && c.StatusCode == 429)}, 5xx ×{calls.Count(c => c.Method == method && c.StatusCode >= 500)}";
        output.WriteLine($"{Messages} messages in {Conversations} conversations relayed in {elapsed.TotalSeconds:0.0} s; Telegram accepted {accepted} sends");
        output.WriteLine($"kills: {kills.Count}, each process gone {string.Join(", ", kills.Select(k => $"{(k.RestartedAt - k.KilledAt).TotalMilliseconds:0}"))} ms after its kill was ordered");
        output.WriteLine($"answered 429 ×{calls.Count(c => c.StatusCode == 429)}, 5xx ×{calls.Count(c => c.StatusCode >= 500)} ({Answered("sendmessage")}; {Answered("getupdates")})");
        output.WriteLine($"resent after a kill: {audit.Resent.Count} (per kill: {string.Join(", ", kills.Select(k => audit.Resent.Count(r => r.Kill == k.Number)))})");
        foreach (var resent in audit.Resent)
        {
            output.WriteLine($"  kill {resent.Kill}: \"{resent.Text}\", first accepted {resent.FirstCopyAfterKill.TotalMilliseconds:+0;-0} ms from the kill order");
        }

        foreach (var problem in audit.Problems.Take(20))
        {
            output.WriteLine(problem);
        }
    }

    /// <summary>People type the plan while the process is killed at five points of its sending, each time started again at once.</summary>
    private async Task<IReadOnlyList<KillRecord>> RunWithKillsAsync(FakeTelegramServer telegram, RelayPlan plan, RelayProgress progress, Random random)
    {
        var kills = new List<KillRecord>();
        using var stop = new CancellationTokenSource(_patience);
        var bot = TelegramBotProcess.Start(telegram, Database, Sending);
        try
        {
            var typing = plan.TypeAsync(telegram, TypedPerSecond, stop.Token);
            for (var number = 1; number <= Kills; number++)
            {
                // Spread over the run, each one a little off its even share so runs with other seeds strike elsewhere.
                var point = (Messages * number / (Kills + 1)) + random.Next(-Messages / 20, Messages / 20);
                var current = bot;
                await RelayProgress.WaitAsync(() => Task.FromResult(progress.Accepted >= point), _patience, () => !current.HasExited, progress.DescribeMissing);
                await Task.Delay(random.Next(100));
                var killedAt = DateTimeOffset.UtcNow;
                await bot.DisposeAsync();
                var restartedAt = DateTimeOffset.UtcNow;
                bot = TelegramBotProcess.Start(telegram, Database, Sending);
                kills.Add(new KillRecord(number, killedAt, restartedAt));
            }

            await typing;
            var last = bot;
            await RelayProgress.WaitAsync(progress.IsCompleteAsync, _patience, () => !last.HasExited, progress.DescribeMissing);
        }
        finally
        {
            await stop.CancelAsync();
            await bot.DisposeAsync();
        }

        return kills;
    }
}
