namespace HealLink.Benchmarks.Scale;

/// <summary>One row's timed phase in one round.</summary>
/// <param name="Messages">Timed messages relayed (each copy arrived at the fake).</param>
/// <param name="Elapsed">From the first timed message typed to the last copy's arrival.</param>
/// <param name="LatenciesMs">Each message's first post to a bot → its copy's arrival at the fake.</param>
/// <param name="UpdatesPerInstance">Timed updates each process answered, in start order.</param>
/// <param name="BotCpu">CPU time the bot processes used in the timed phase, together.</param>
/// <param name="MachineBusy">Share of all the machine's cores busy in the timed phase (every process on it).</param>
/// <param name="LockWaits">PostgreSQL only: transactions waiting for the advisory write lock.</param>
/// <param name="TooManyRequests">429s the fake answered in the whole run.</param>
internal sealed record ScaleRun(
    ScaleSetup Setup,
    int Messages,
    TimeSpan Elapsed,
    double[] LatenciesMs,
    IReadOnlyList<int> UpdatesPerInstance,
    TimeSpan BotCpu,
    double MachineBusy,
    LockWaits? LockWaits,
    int TooManyRequests);
