using System.ComponentModel.DataAnnotations;

namespace HealLink.Core.Pipeline.Pacing;

/// <summary>How fast one person's messages are passed on before they are slowed (see <see cref="SendingPace"/>).</summary>
public sealed class PacingOptions
{
    public const string SectionName = "Pacing";

    /// <summary>Messages one person may send within <see cref="Window"/> that are passed on at once.</summary>
    [Range(1, 10_000)]
    public int MessagesPerWindow { get; set; } = 20;

    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);
}
