namespace HealLink.Core.Service.Logging;

/// <summary>
/// How the bot and the admin panel write their logs. Section: <c>Logging</c>, beside .NET's own keys (LogLevel,
/// Console), which keep their usual meaning.
/// </summary>
public sealed class LoggingOptions
{
    public const string SectionName = "Logging";

    public LogFormat Format { get; set; } = LogFormat.Text;

    /// <summary>
    /// The key (base64, at least 16 bytes) of the keyed hash that stands for a person in logs. Unset, each process
    /// start draws a random one, so a pseudonym correlates lines within one run only; set it (from the environment
    /// or a secret store, never a committed file) on every process whose logs are read together.
    /// </summary>
    public string? PseudonymKey { get; set; }
}
