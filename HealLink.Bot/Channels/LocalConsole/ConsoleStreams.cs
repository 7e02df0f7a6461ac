namespace HealLink.Bot.Channels.LocalConsole;

/// <summary>Where the console chat reads and writes: the process's terminal, or pipes in tests.</summary>
public sealed record ConsoleStreams(TextReader Input, TextWriter Output);
