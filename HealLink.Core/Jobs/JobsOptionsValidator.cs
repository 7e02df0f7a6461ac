using Microsoft.Extensions.Options;
using Quartz;

namespace HealLink.Core.Jobs;

/// <summary>What the data annotations on <see cref="JobsOptions"/> cannot say: that the cron expression parses.</summary>
internal sealed class JobsOptionsValidator : IValidateOptions<JobsOptions>
{
    public ValidateOptionsResult Validate(string? name, JobsOptions options) =>
        CronExpression.TryParse(options.NightlyReEmbedCron ?? "", out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{JobsOptions.SectionName}:NightlyReEmbedCron '{options.NightlyReEmbedCron}' is not a Quartz cron expression " +
                "(seconds minutes hours day-of-month month day-of-week, e.g. '0 30 3 * * ?').");
}
