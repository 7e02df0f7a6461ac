using HealLink.Core.Messaging;
using HealLink.Core.Tests.Storage;

namespace HealLink.Bot.Tests;

/// <summary>A running bot's database, read from outside as an operator would: counts, and whether an update is done.</summary>
internal sealed class BotDatabase(TestDatabase database)
{
    public async Task<long> ScalarAsync(string sql) => await database.ScalarAsync<long>(sql);

    /// <summary>Waits until the update is committed and every reply to anyone has left the outbox.</summary>
    public async Task WaitUntilHandledAsync(Platform platform, string updateId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!await IsHandledAsync(platform, updateId))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{platform} update {updateId} was not handled and delivered in time.");
            }

            await Task.Delay(20);
        }
    }

    private async Task<bool> IsHandledAsync(Platform platform, string updateId) =>
        await ScalarAsync($"SELECT count(*) FROM inbound_receipts WHERE platform = '{platform}' AND update_id = '{updateId}'") == 1
        && await ScalarAsync("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND failed_at IS NULL") == 0;
}
