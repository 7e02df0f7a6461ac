using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Storage;

/// <summary>
/// A large delete as a series of small ones, each in a context (and so a transaction) of its own, so the bot's own
/// writes never wait long behind it on SQLite's single writer.
/// </summary>
internal static class BatchedDelete
{
    /// <param name="deleteBatch">Deletes at most <paramref name="batchSize"/> rows and says how many.</param>
    /// <returns>How many rows were deleted in all.</returns>
    public static async Task<int> RunAsync(
        IDbContextFactory<HealLinkDbContext> dbContextFactory,
        int batchSize,
        Func<HealLinkDbContext, Task<int>> deleteBatch,
        CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
            var deleted = await deleteBatch(db);
            total += deleted;
            if (deleted < batchSize)
            {
                return total;
            }
        }
    }
}
