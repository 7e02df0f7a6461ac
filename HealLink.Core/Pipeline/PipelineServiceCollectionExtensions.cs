using HealLink.Core.Connections;
using HealLink.Core.Conversations;
using HealLink.Core.DataRights;
using HealLink.Core.Matching;
using HealLink.Core.Pipeline.Pacing;
using HealLink.Core.Pipeline.Retention;
using HealLink.Core.Safety;
using HealLink.Core.Service.Logging;
using HealLink.Core.Service.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealLink.Core.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// The message pipeline: the inbound processor, the outbox dispatcher and its signal, with
    /// <see cref="OutboxOptions"/>, <see cref="RetentionOptions"/> and <see cref="PacingOptions"/> validated at start-up, and the pruner a job runs. Channels add their <see cref="IChannelSender"/>s.
    /// Needs the storage registration (<c>AddHealLinkStorage</c>).
    /// </summary>
    public static IServiceCollection AddMessagePipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<OutboxOptions>()
            .Bind(configuration.GetSection(OutboxOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<PacingOptions>()
            .Bind(configuration.GetSection(PacingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHealLinkMetrics();
        services.AddPersonPseudonyms(configuration);
        services.AddConversations();
        services.AddMatching(configuration);
        services.AddCrisisAssessment();
        services.AddConnections(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<SentJournal>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<PersonEraser>();
        services.TryAddSingleton<PersonExporter>();
        services.TryAddSingleton<InboundProcessor>();
        services.TryAddSingleton<PipelinePruner>();
        return services;
    }
}
