using HealLink.Core.Jobs;

namespace HealLink.Bot.Jobs;

public static class JobsHostBuilderExtensions
{
    /// <summary>The background jobs, run with the host: see <see cref="JobSchedules"/>.</summary>
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHealLinkJobs(builder.Configuration);
        return builder;
    }
}
