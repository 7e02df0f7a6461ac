using Microsoft.Extensions.Logging;
using Quartz;

namespace HealLink.Core.Jobs.IdleModels;

/// <summary>
/// Unloads this process's in-process models that have idled past their own setting (<c>Llm:IdleUnloadAfter</c>).
/// A job rather than a timer in the client, so it appears on the jobs page with every other schedule, and its runs in
/// the job history. Does nothing where no such model is registered (any provider but LlamaSharp).
/// </summary>
internal sealed class UnloadIdleModelsJob(IEnumerable<IInProcessModel> models, ILogger<UnloadIdleModelsJob> logger)
    : HealLinkJob(logger)
{
    protected override async Task RunAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var model in models)
        {
            await model.UnloadIfIdleAsync(cancellationToken);
        }
    }
}
