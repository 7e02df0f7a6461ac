using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HealLink.Core.Matching.Flow;

/// <summary>
/// Embeds intros ahead of time, so a mentee's search finds their mentors' vectors stored and embeds nothing. Each
/// batch is embedded outside any transaction (a neural model takes tens of milliseconds an intro) and then stored in
/// a short one. Idempotent: what is current is left alone.
/// </summary>
public sealed partial class IntroVectorUpdater(
    IDbContextFactory<HealLinkDbContext> contexts,
    IEmbedder embedder,
    TimeProvider timeProvider,
    ILogger<IntroVectorUpdater> logger) : IDisposable
{
    // One run at a time in this process: the re-embed job and the index refresh both look for intros without a
    // current vector, and without this they would find the same ones and each embed them all.
    private readonly SemaphoreSlim _running = new(1, 1);

    /// <summary>Embeds every stale intro (see <see cref="StaleIntros.FindAsync"/>), or only this person's; returns how many were stored.</summary>
    public Task<int> ReEmbedStaleAsync(long? personId, int batchSize, CancellationToken cancellationToken) =>
        RunAsync((db, ct) => StaleIntros.FindAsync(db, embedder, personId, ct), batchSize, cancellationToken);

    /// <summary>Embeds up to one batch of approved mentors who have no vector yet; returns how many were stored.</summary>
    public Task<int> EmbedMissingApprovedMentorsAsync(int batchSize, CancellationToken cancellationToken) =>
        RunAsync((db, ct) => StaleIntros.MissingApprovedMentorsAsync(db, embedder, batchSize, ct), batchSize, cancellationToken);

    public void Dispose() => _running.Dispose();

    private async Task<int> RunAsync(
        Func<HealLinkDbContext, CancellationToken, Task<List<IntroText>>> find, int batchSize, CancellationToken cancellationToken)
    {
        await _running.WaitAsync(cancellationToken);
        try
        {
            List<IntroText> intros;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                intros = await find(db, cancellationToken);
            }

            return await EmbedAsync(intros, batchSize, cancellationToken);
        }
        finally
        {
            _running.Release();
        }
    }

    private async Task<int> EmbedAsync(List<IntroText> intros, int batchSize, CancellationToken cancellationToken)
    {
        var stored = 0;
        foreach (var batch in intros.Chunk(batchSize))
        {
            var vectors = await embedder.EmbedAsync([.. batch.Select(i => i.Intro)], cancellationToken);
            stored += await StoreAsync([.. batch.Select((intro, i) => new EmbeddedIntro(intro.PersonId, intro.Hash, vectors[i]))], cancellationToken);
        }

        if (intros.Count > 0)
        {
            LogEmbedded(logger, stored, intros.Count, embedder.Id);
        }

        return stored;
    }

    private async Task<int> StoreAsync(List<EmbeddedIntro> embedded, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Microsoft.Data.Sqlite begins IMMEDIATE: the write lock is held from here, as VectorRevisions needs.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // An intro edited while its batch was embedding keeps its stored vector: a vector of words no longer there
        // must not overwrite it, and the edit has queued its own run.
        var ids = embedded.Select(e => e.PersonId).ToList();
        var current = await db.Profiles.AsNoTracking()
            .Where(p => ids.Contains(p.PersonId))
            .Select(p => new { p.PersonId, p.Intro })
            .ToDictionaryAsync(p => p.PersonId, p => p.Intro, cancellationToken);
        var unchanged = embedded
            .Where(e => current.GetValueOrDefault(e.PersonId) is { } intro && IntroVectors.Hash(intro) == e.TextHash)
            .ToList();

        await VectorRevisions.PutAsync(db, embedder, unchanged, timeProvider.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return unchanged.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded and stored {Stored} of {Stale} stale intros with {EmbedderId}")]
    private static partial void LogEmbedded(ILogger logger, int stored, int stale, string embedderId);
}
