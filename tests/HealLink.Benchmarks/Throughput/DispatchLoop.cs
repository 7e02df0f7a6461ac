using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.Throughput;

/// <summary>The dispatcher run as a host runs it: everything due, then sleep until signalled or the poll interval.</summary>
internal static class DispatchLoop
{
    public static async Task RunAsync(BenchmarkPipeline pipeline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                // No delivery is ever retried here, so the next-due time it returns can be ignored.
                await pipeline.Dispatcher.DispatchDueAsync(cancellationToken);
                await pipeline.Signal.WaitAsync(pipeline.Outbox.PollInterval, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped: every row whose send returned has been recorded (the dispatcher records without the token).
        }
    }

    /// <summary>As <see cref="RunAsync"/>; a dispatcher that dies would leave everyone waiting for deliveries forever, so it stops them too.</summary>
    public static async Task RunOrStopAsync(BenchmarkPipeline pipeline, CancellationTokenSource stopWaiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stopWaiting);
        try
        {
            await RunAsync(pipeline, cancellationToken);
        }
        catch
        {
            await stopWaiting.CancelAsync();
            throw;
        }
    }
}
