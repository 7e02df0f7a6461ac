using System.Diagnostics;
using System.Globalization;
using HealLink.EmbeddingWorker;

// Usage: HealLink.EmbeddingWorker <intros file> <vocab.txt> <ONNX Runtime library, or ""> <model.onnx>...
// Says "ready <ONNX Runtime version>", then answers each line "<model index> <threads> <intros>" on standard input
// with the milliseconds that embedding took (the first that many intros of the file, one run), until input ends.
// Only the embedding is timed, so the benchmark's talk with this process costs nothing in the figures.
if (args.Length < 4)
{
    await Console.Error.WriteLineAsync("Usage: HealLink.EmbeddingWorker <intros file> <vocab.txt> <ONNX Runtime library or \"\"> <model.onnx>...");
    return 2;
}

var intros = await File.ReadAllLinesAsync(args[0]);
using var embedders = new WorkerEmbedders(args[3..], args[1], args[2], batchSize: intros.Length, maxTokens: 128);
Console.WriteLine($"ready {embedders.RuntimeVersion}");
while (await Console.In.ReadLineAsync() is { } line)
{
    var request = line.Split(' ').Select(part => int.Parse(part, CultureInfo.InvariantCulture)).ToArray();
    var embedder = embedders[request[0], request[1]];
    var started = Stopwatch.GetTimestamp();
    await embedder.EmbedAsync(intros[..request[2]], CancellationToken.None);
    var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    Console.WriteLine(milliseconds.ToString("R", CultureInfo.InvariantCulture));
}

return 0;
