using HealLink.Core.Service;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealLink.Bot.Status;

public static class StatusHostBuilderExtensions
{
    /// <summary>This process's status, reported to the admin panel's health page while the host runs.</summary>
    public static IHostApplicationBuilder AddProcessStatus(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddProcessStatusWriter(builder.Configuration);
        builder.Services.TryAddSingleton<BotInstances>();
        builder.Services.AddHostedService<ProcessStatusReporter>();
        return builder;
    }
}
