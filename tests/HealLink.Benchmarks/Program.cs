using BenchmarkDotNet.Running;
using HealLink.Benchmarks.Throughput;

if (args is ["throughput", .. var throughputArgs])
{
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.Cancel();
    };
    return await ThroughputCommand.RunAsync(throughputArgs, Console.Out, stop.Token);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args is ["micro", .. var microArgs] ? microArgs : args);
return 0;
