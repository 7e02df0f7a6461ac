namespace HealLink.Bot;

internal static class Pause
{
    /// <summary>Waits out a backoff; false when the wait ended because the bot is stopping.</summary>
    public static async Task<bool> ForAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
