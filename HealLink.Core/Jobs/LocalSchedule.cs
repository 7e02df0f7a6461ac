using Quartz;

namespace HealLink.Core.Jobs;

/// <summary>A job every process runs for itself, at a fixed interval from its start (see <see cref="JobSchedules.Local"/>).</summary>
public sealed record LocalSchedule(JobKey Job, TimeSpan Interval);
