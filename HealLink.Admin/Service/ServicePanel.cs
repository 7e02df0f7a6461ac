using HealLink.Core.Jobs;
using HealLink.Core.Service;

namespace HealLink.Admin.Service;

public static class ServicePanel
{
    /// <summary>
    /// What the dashboard, jobs, health and audit pages read, and the job trigger behind "Re-embed now": the panel
    /// runs no jobs, it only stores the one-shot for the bot process that runs them.
    /// </summary>
    public static WebApplicationBuilder AddServicePanel(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHealLinkJobTrigger(builder.Configuration).AddServiceStatus();
        return builder;
    }
}
