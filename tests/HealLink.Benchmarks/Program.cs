using BenchmarkDotNet.Running;
using HealLink.Benchmarks.Discord;
using HealLink.Benchmarks.Embedding;
using HealLink.Benchmarks.EncryptionCost;
using HealLink.Benchmarks.Icebreakers;
using HealLink.Benchmarks.IndexWarmup;
using HealLink.Benchmarks.MatchQuality;
using HealLink.Benchmarks.Relay;
using HealLink.Benchmarks.Scale;
using HealLink.Benchmarks.Telegram;
using HealLink.Benchmarks.Throughput;

if (args is [var command and ("throughput" or "relay" or "telegram" or "discord" or "embedding" or "llm" or "index-warmup" or "match-quality" or "encryption" or "scale"), .. var commandArgs])
{
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.Cancel();
    };
    return command switch
    {
        "telegram" => await TelegramCommand.RunAsync(commandArgs, Console.Out, stop.Token),
        "discord" => await DiscordCommand.RunAsync(commandArgs, Console.Out, stop.Token),
        "index-warmup" => await IndexWarmupCommand.RunAsync(commandArgs, Console.Out, stop.Token),
        "match-quality" => await MatchQualityCommand.RunAsync(commandArgs, Console.Out, stop.Token),
        "embedding" => await EmbeddingCommand.RunAsync(commandArgs, Console.Out, stop.Token),
        "llm" => await LlmCommand.RunAsync(commandArgs, Console.Out, stop.Token),
        "relay" => await RelayCommand.RunAsync(commandArgs, Console.Out, stop.Token),
        "encryption" => await EncryptionCostCommand.RunAsync(commandArgs, Console.Out, stop.Token),
        "scale" => await ScaleCommand.RunAsync(commandArgs, Console.Out, stop.Token),
        _ => await ThroughputCommand.RunAsync(commandArgs, Console.Out, stop.Token),
    };
}

// Not typeof(Program): the bot, referenced for the telegram command, has a public Program of its own.
BenchmarkSwitcher.FromAssembly(typeof(ThroughputCommand).Assembly).Run(args is ["micro", .. var microArgs] ? microArgs : args);
return 0;
