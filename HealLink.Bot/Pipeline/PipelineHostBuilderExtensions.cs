using HealLink.Bot.Matching;
using HealLink.Core.Pipeline;

namespace HealLink.Bot.Pipeline;

public static class PipelineHostBuilderExtensions
{
    /// <summary>The message pipeline with its dispatcher running in the background.</summary>
    public static IHostApplicationBuilder AddPipeline(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddMessagePipeline(builder.Configuration);
        builder.Services.AddHostedService<OutboxDispatchService>();
        builder.Services.AddHostedService<EmbedderAnnouncement>();
        builder.Services.AddHostedService<Icebreakers.IcebreakerAnnouncement>();
        return builder;
    }
}
