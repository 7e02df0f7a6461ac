using HealLink.Benchmarks.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Benchmarks.Throughput;

/// <summary>Figures from a run that did not do the work are worthless: every onboarding finished, every reply sent.</summary>
internal static class OnboardingCheck
{
    public static async Task VerifyAsync(BenchmarkPipeline pipeline, int people, CancellationToken cancellationToken)
    {
        await using var db = await pipeline.Contexts.CreateDbContextAsync(cancellationToken);
        var completed = await db.Profiles.CountAsync(p => p.CompletedAt != null, cancellationToken);
        var unsent = await db.OutboxMessages.CountAsync(m => m.SentAt == null, cancellationToken);
        if (completed != people || unsent != 0)
        {
            throw new InvalidOperationException(
                $"The run did not do its work: {completed} of {people} onboardings completed, {unsent} outbox rows not sent");
        }
    }
}
