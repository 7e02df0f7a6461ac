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
    ILogger<IntroVectorUpdater> logger)
{
    /// <summary>Embeds every stale intro (see <see cref="StaleIntros.FindAsync"/>), or only this person's; returns how many were stored.</summary>
    public async Task<int> ReEmbedStaleAsync(long? personId, int batchSize, CancellationToken cancellationToken)
    {
        List<IntroText> stale;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            stale = await StaleIntros.FindAsync(db, embedder, personId, cancellationToken);
        }

        return await EmbedAsync(stale, batchSize, cancellationToken);
    }

    /// <summary>Embeds up to one batch of approved mentors who have no vector yet; returns how many were stored.</summary>
    public async Task<int> EmbedMissingApprovedMentorsAsync(int batchSize, CancellationToken cancellationToken)
    {
        List<IntroText> missing;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            missing = await StaleIntros.MissingApprovedMentorsAsync(db, embedder, batchSize, cancellationToken);
        }

        return await EmbedAsync(missing, batchSize, cancellationToken);
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
