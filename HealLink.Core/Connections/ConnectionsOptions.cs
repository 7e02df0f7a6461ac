using System.ComponentModel.DataAnnotations;

namespace HealLink.Core.Connections;

/// <summary>How requests and conversations behave. Section: <c>Connections</c>.</summary>
public sealed class ConnectionsOptions
{
    public const string SectionName = "Connections";

    /// <summary>An unanswered request ends after this, and the mentee is offered their next match.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan RequestExpiry { get; set; } = TimeSpan.FromHours(48);

    /// <summary>The mentor is reminded of an unanswered request once this long after it was made.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan RequestReminderAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many mentors a mentee may talk with at once.</summary>
    [Range(1, 10)]
    public int MaxActivePerMentee { get; set; } = 1;

    /// <summary>Relayed messages are kept this long after their connection ends (for the person's export and reports), then deleted.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00")]
    public TimeSpan MessageRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The mentee is asked how it is going this long after a connection opens.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan CheckInAfter { get; set; } = TimeSpan.FromDays(7);
}
