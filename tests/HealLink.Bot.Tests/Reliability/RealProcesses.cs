namespace HealLink.Bot.Tests.Reliability;

/// <summary>
/// The runs of real bot processes take turns: each keeps both cores busy for a minute or more, and two at once would
/// only make both slower (and their timing, which decides what a kill strikes, less like production's).
/// </summary>
[CollectionDefinition(Collection)]
public sealed class RealProcesses
{
    public const string Collection = "Real bot processes, one run at a time";
}
