namespace HealLink.Bot.Status;

/// <summary>
/// How many bot processes share this bot right now, as the process_statuses table says, renewed with each status
/// report (<see cref="ProcessStatusReporter"/>). What Telegram limits per bot (its overall sending rate) is shared
/// between them by this number; one until the first report, as a lone process is.
/// </summary>
public sealed class BotInstances
{
    private int _running = 1;

    /// <summary>At least one: this process.</summary>
    public int Running => Volatile.Read(ref _running);

    internal void Update(int running) => Volatile.Write(ref _running, Math.Max(1, running));
}
