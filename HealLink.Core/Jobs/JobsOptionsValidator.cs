using Microsoft.Extensions.Options;
using Quartz;

namespace HealLink.Core.Jobs;

/// <summary>What the data annotations on <see cref="JobsOptions"/> cannot say: that the cron expressions parse.</summary>
internal sealed class JobsOptionsValidator : IValidateOptions<JobsOptions>
{
    public ValidateOptionsResult Validate(string? name, JobsOptions options)
    {
        string[] failures =
        [
            .. CronFailure(nameof(JobsOptions.NightlyReEmbedCron), options.NightlyReEmbedCron),
            .. CronFailure(nameof(JobsOptions.NightlyPruneCron), options.NightlyPruneCron),
        ];
        return failures.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> CronFailure(string key, string? value)
    {
        if (!CronExpression.TryParse(value ?? "", out _))
        {
            yield return $"{JobsOptions.SectionName}:{key} '{value}' is not a Quartz cron expression " +
                "(seconds minutes hours day-of-month month day-of-week, e.g. '0 30 3 * * ?').";
        }
    }
}
