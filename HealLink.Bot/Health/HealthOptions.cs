using System.ComponentModel.DataAnnotations;

namespace HealLink.Bot.Health;

/// <summary>The bot's own HTTP listener for probes and the Prometheus scrape. Section: <c>Health</c>.</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>
    /// Where /health/live, /health/ready and /metrics listen, e.g. http://127.0.0.1:8081 (port 0: one the system
    /// picks). Unset: no listener, so a try-out on the console and the tests' many bots in one process claim no port.
    /// </summary>
    public string? ListenUrl { get; set; }

    /// <summary>The oldest unsent outbox message may wait this long before the bot calls itself unready.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxOutboxAge { get; set; } = TimeSpan.FromMinutes(2);
}
