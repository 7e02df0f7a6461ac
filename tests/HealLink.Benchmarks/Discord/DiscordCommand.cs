using System.Diagnostics;
using System.Globalization;
using HealLink.Benchmarks.Shared;
using HealLink.Bot;
using HealLink.Bot.Channels.Discord;
using HealLink.Bot.Channels.Discord.Rest;
using HealLink.Core.Storage;
using HealLink.FakeDiscord;
using HealLink.FakeDiscord.Gateway;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Benchmarks.Discord;

/// <summary>
/// DM round trips through the whole bot on the fake Discord (a person's message over the Gateway, the bot's answer over
/// REST), against the same number of plain REST sends through our client in the same run; the fake enforces its rate
/// limits throughout and counts every request that broke one.
/// </summary>
internal static class DiscordCommand
{
    private const string Usage = "discord [--people N (20)] [--rounds N (10)]";

    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken) =>
        CommandFrame.RunAsync(
            args,
            a => CommandOptions.Counts(a, Usage, ("--people", 1), ("--rounds", 1)),
            (options, token) => RunAsync(options.GetValueOrDefault("--people", 20), options.GetValueOrDefault("--rounds", 10), output, token),
            cancellationToken);

    private static async Task<int> RunAsync(int people, int rounds, TextWriter output, CancellationToken cancellationToken)
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        // Separate people for each half, so neither starts on rate-limit buckets the other used up.
        var users = Enumerable.Range(1, people).Select(i => discord.CreateUser(FormattableString.Invariant($"person{i}"))).ToList();
        var plainUsers = Enumerable.Range(1, people).Select(i => discord.CreateUser(FormattableString.Invariant($"plain{i}"))).ToList();

        await Console.Error.WriteLineAsync($"Baseline: {people * rounds} plain REST sends, {people} channels at once...");
        var plain = await PlainSendsAsync(discord, plainUsers, rounds, cancellationToken);
        var afterPlain = (discord.Rest.RateLimitViolations, discord.Rest.GlobalRateLimitViolations);

        await Console.Error.WriteLineAsync($"Bot: {people} people, {rounds} DM round trips each...");
        var bot = await RoundTripsAsync(discord, users, rounds, cancellationToken);
        var violations = discord.Rest.RateLimitViolations + discord.Rest.GlobalRateLimitViolations - afterPlain.Item1 - afterPlain.Item2;

        var ratio = bot.PerSecond / plain.PerSecond;
        var repliesPerRoundTrip = users.Sum(u => discord.Rest.Messages(u.DmChannelId).Count) / (double)(people * rounds);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $$"""
            | measured ({{people}} people at once) | per second | p50 | p99 | 429s |
            |---|---:|---:|---:|---:|
            | plain REST sends through our client | {{plain.PerSecond:0.0}} | {{plain.Latency.P50:0.0}} ms | {{plain.Latency.P99:0.0}} ms | {{afterPlain.Item1 + afterPlain.Item2}} |
            | DM round trips through the whole bot | {{bot.PerSecond:0.0}} ({{ratio:0.00}}×) | {{bot.Latency.P50:0.0}} ms | {{bot.Latency.P99:0.0}} ms | {{violations}} |

            Each round trip: a DM in over the Gateway, the first reply out over REST ({{repliesPerRoundTrip:0.0}} replies per DM in all).
            The fake allows 5 messages a second per channel and 50 requests a second in all, as the bot learns from its headers.
            """));
        return violations + afterPlain.Item1 + afterPlain.Item2 > 0 ? 1 : 0;
    }

    private static async Task<(double PerSecond, LatencySummary Latency)> PlainSendsAsync(
        FakeDiscordServer discord, List<FakeDiscordUser> users, int rounds, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(new DiscordOptions
            {
                BotToken = discord.Token,
                ApiBaseUrl = discord.ApiBaseUrl.ToString(),
                GatewayUrl = discord.GatewayUrl.ToString(),
            }));
        services.AddDiscordRest();
        await using var provider = services.BuildServiceProvider();
        var messages = provider.GetRequiredService<DiscordMessagesApi>();
        var latency = new LatencyRecorder();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(users.Select(async user =>
        {
            for (var round = 0; round < rounds; round++)
            {
                var start = Stopwatch.GetTimestamp();
                var sent = await messages.SendAsync(user.DmChannelId, new DiscordNewMessage("A plain send, like one reply."), cancellationToken);
                latency.Record(start, Stopwatch.GetTimestamp());
                if (!sent.IsSuccess)
                {
                    throw new InvalidOperationException($"A plain send failed: {sent.Failure}");
                }
            }
        }));
        return (users.Count * rounds / clock.Elapsed.TotalSeconds, latency.Summarize());
    }

    private static async Task<(double PerSecond, LatencySummary Latency)> RoundTripsAsync(
        FakeDiscordServer discord, List<FakeDiscordUser> users, int rounds, CancellationToken cancellationToken)
    {
        using var database = new ScratchDatabaseFile();
        using var host = BotHost.CreateBuilder(
        [
            $"--ConnectionStrings:HealLink=Data Source={database.FilePath}",
            $"--Discord:BotToken={discord.Token}",
            $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}",
            $"--Discord:GatewayUrl={discord.GatewayUrl}",
            "--Logging:LogLevel:Default=Warning",
        ]).Build();
        await host.Services.MigrateHealLinkDatabaseAsync(cancellationToken);
        await host.StartAsync(cancellationToken);
        try
        {
            await discord.Gateway.WaitUntilAsync(() => discord.Gateway.ActiveSessionCount == 1, TimeSpan.FromSeconds(30));
            var latency = new LatencyRecorder();
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(users.Select(async user =>
            {
                for (var round = 0; round < rounds; round++)
                {
                    var before = discord.Rest.Messages(user.DmChannelId).Count;
                    var start = Stopwatch.GetTimestamp();
                    discord.Gateway.DispatchMessageCreate(user, "/help");
                    while (discord.Rest.Messages(user.DmChannelId).Count == before)
                    {
                        await Task.Delay(1, cancellationToken);
                    }

                    latency.Record(start, Stopwatch.GetTimestamp());
                }
            }));
            return (users.Count * rounds / clock.Elapsed.TotalSeconds, latency.Summarize());
        }
        finally
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await host.StopAsync(timeout.Token);
        }
    }
}
