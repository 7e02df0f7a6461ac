using System.ComponentModel.DataAnnotations;

namespace HealLink.Core.Service.Health;

/// <summary>How each bot process reports itself to the admin panel's health page. Section: <c>ProcessStatus</c>.</summary>
public sealed class ProcessStatusOptions
{
    public const string SectionName = "ProcessStatus";

    /// <summary>How often a process writes its status; one silent for three of these is shown as gone.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ReportInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a process that stopped or vanished stays on the health page before its row is removed.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromDays(1);
}
