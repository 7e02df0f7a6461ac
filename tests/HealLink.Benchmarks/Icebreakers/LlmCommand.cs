using System.Diagnostics;
using System.Globalization;
using HealLink.Benchmarks.Shared;
using HealLink.Core.Icebreakers;
using HealLink.Core.Icebreakers.LlamaSharp;
using HealLink.Core.Tests.Icebreakers.LlamaSharp;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HealLink.Benchmarks.Icebreakers;

/// <summary>
/// The llm command: an icebreaker-sized request (a ~300-token prompt, 80 tokens out) through <see cref="LlamaSharpChatClient"/>
/// on a random-weight GGUF of Qwen2.5-0.5B-Instruct's shape in Q4_0, written here, on 1 and 2 threads. Each request
/// starts from an unloaded model, so each row has the load too, and the resident memory idle, loaded and unloaded.
/// </summary>
internal static class LlmCommand
{
    private const int PromptTokens = 300;
    private const int OutputTokens = 80;

    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken) =>
        CommandFrame.RunAsync(args, LlmBenchmarkOptions.Parse, (options, token) => RunAsync(options, output, token), cancellationToken);

    private static async Task<int> RunAsync(LlmBenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("heallink-llm-bench-");
        try
        {
            var path = Path.Combine(folder.FullName, "qwen2.5-0.5b-shaped-q4_0.gguf");
            await Console.Error.WriteLineAsync("Writing the random Qwen2.5-0.5B-shaped Q4_0 model...");
            var writing = Stopwatch.StartNew();
            RandomLlamaGguf.Write(path, LlamaShape.Qwen25HalfB, seed: 1);
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Model: Qwen2.5-0.5B shape (24 layers, 896 wide, 14 heads, 2 KV heads, FFN 4,864, 151,936 tokens), Q4_0, random weights; {new FileInfo(path).Length / (1024.0 * 1024):F0} MiB, written in {writing.Elapsed.TotalSeconds:F1} s"));
            await output.WriteLineAsync();
            await output.WriteLineAsync("| threads | load | prompt tokens | prompt tokens/s | generated tokens | generated tokens/s | whole request (load excluded) | RSS idle | RSS loaded | RSS after unload |");
            await output.WriteLineAsync("|---|---|---|---|---|---|---|---|---|---|");
            foreach (var threads in new[] { 1, 2 })
            {
                await output.WriteLineAsync(await MeasureAsync(path, threads, options.Runs, cancellationToken));
            }

            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> MeasureAsync(string path, int threads, int runs, CancellationToken cancellationToken)
    {
        using var client = new LlamaSharpChatClient(
            Options.Create(new LlmOptions { ModelPath = path, Threads = threads, Seed = 1, MaxOutputTokens = OutputTokens, Timeout = TimeSpan.FromMinutes(10) }),
            TimeProvider.System,
            NullLogger<LlamaSharpChatClient>.Instance);
        var prompt = await PromptOfAsync(client, cancellationToken);
        var results = new List<(TimeSpan Load, GenerationResult Result)>();
        for (var run = 0; run < runs; run++)
        {
            await client.UnloadAsync(cancellationToken);
            await Console.Error.WriteLineAsync($"{threads} thread(s), run {run + 1} of {runs}...");
            var result = await client.GenerateAsync(prompt, null, cancellationToken);
            results.Add((client.State.LastLoadDuration ?? TimeSpan.Zero, result));
        }

        await client.UnloadAsync(cancellationToken);
        var state = client.State;
        var last = results[^1].Result;
        return string.Create(CultureInfo.InvariantCulture, $"| {threads} | {Median(results.Select(r => r.Load.TotalSeconds)):F2} s | {last.PromptTokens} | {Median(results.Select(r => r.Result.PromptTokens / r.Result.PromptTime.TotalSeconds)):F0} | {last.Tokens.Count} | {Median(results.Select(r => r.Result.Tokens.Count / r.Result.GenerationTime.TotalSeconds)):F1} | {Median(results.Select(r => (r.Result.PromptTime + r.Result.GenerationTime).TotalSeconds)):F2} s | {Mib(state.ResidentBytesBeforeLoad)} | {Mib(state.ResidentBytesLoaded)} | {Mib(state.ResidentBytesAfterUnload)} |");
    }

    /// <summary>A user message that, in the chat template, makes a prompt of about <see cref="PromptTokens"/> tokens.</summary>
    private static async Task<IReadOnlyList<ChatMessage>> PromptOfAsync(LlamaSharpChatClient client, CancellationToken cancellationToken)
    {
        const string Sentence = "Once upon a time, a little girl named Lily went to the park with her mom and saw a big red ball. ";
        var one = await PromptTokensAsync(client, Sentence, cancellationToken);
        var two = await PromptTokensAsync(client, Sentence + Sentence, cancellationToken);
        var perSentence = Math.Max(1, two - one);
        var sentences = Math.Max(1, (int)Math.Round((PromptTokens - (one - perSentence)) / (double)perSentence));
        return [new(ChatRole.User, string.Concat(Enumerable.Repeat(Sentence, sentences)))];
    }

    private static async Task<int> PromptTokensAsync(LlamaSharpChatClient client, string text, CancellationToken cancellationToken) =>
        (await client.GenerateAsync([new(ChatRole.User, text)], new ChatOptions { MaxOutputTokens = 1 }, cancellationToken)).PromptTokens;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Mib(long? bytes) =>
        bytes is { } b ? string.Create(CultureInfo.InvariantCulture, $"{b / (1024.0 * 1024):F0} MiB") : "-";
}
