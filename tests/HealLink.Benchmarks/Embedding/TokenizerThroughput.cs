using System.Diagnostics;
using HealLink.Core.Matching.Embeddings.Tokenization;

namespace HealLink.Benchmarks.Embedding;

/// <summary>Intros tokenized one at a time, as the embedder will get them, on one thread for about a second.</summary>
internal sealed record TokenizerThroughput(double IntrosPerSecond, double TokensPerSecond)
{
    private const int WarmupIntros = 1_000;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(1);

    public double MillisecondsPerIntro => 1_000 / IntrosPerSecond;

    public static TokenizerThroughput Measure(WordPieceTokenizer tokenizer, IReadOnlyList<string> intros, int maxTokens, CancellationToken cancellationToken)
    {
        for (var i = 0; i < WarmupIntros; i++)
        {
            tokenizer.EncodeBatch([intros[i % intros.Count]], maxTokens);
        }

        long count = 0, tokens = 0;
        var start = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(start) < Duration)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var intro in intros)
            {
                tokens += tokenizer.EncodeBatch([intro], maxTokens).SequenceLength;
            }

            count += intros.Count;
        }

        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return new TokenizerThroughput(count / seconds, tokens / seconds);
    }
}
