namespace HealLink.Core.Jobs.History;

/// <summary>
/// How a run ended, as <see cref="HealLinkJob"/> leaves it in the run's context: the job base keeps a failure from
/// reaching Quartz (so the scheduler carries on), and this is how the history still learns of it.
/// </summary>
public sealed record JobResult(JobOutcome Outcome, string? FailureType = null, string? FailureMessage = null)
{
    public static JobResult Succeeded { get; } = new(JobOutcome.Succeeded);

    public static JobResult Cancelled { get; } = new(JobOutcome.Cancelled);

    /// <summary>The exception's type and the first line of its message, shortened to fit the history.</summary>
    public static JobResult Failed(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var firstLine = exception.Message.Split('\n', 2)[0].Trim();
        var message = firstLine.Length > JobExecution.MaxFailureMessageLength
            ? firstLine[..(JobExecution.MaxFailureMessageLength - 1)] + "…"
            : firstLine;
        return new(JobOutcome.Failed, exception.GetType().Name, message);
    }
}
