using System.Data.Common;
using HealLink.Core.Onboarding;
using HealLink.Core.Storage;
using HealLink.FakeTelegram;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Bot.Tests.Channels.Telegram;

/// <summary>The bot dying between receiving an update and acknowledging it: redelivered, handled once.</summary>
public sealed class TelegramCrashTests : TelegramTestBase
{
    [Fact]
    public async Task Polling_NothingCommitsBeforeTheStop_TheUpdateComesAgainAndIsHandledOnce()
    {
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser());
        long updateId;
        await using (var broken = await TelegramBotHost.StartAsync(
            Telegram, Database, services => services.ConfigureDbContext<HealLinkDbContext>(b => b.AddInterceptors(new NoCommits()))))
        {
            updateId = Telegram.EnqueueText(maria.User, "/start");
            await Telegram.WaitUntilAsync(() => Telegram.Calls.Count(c => c.Method == "getupdates") >= 3);
        }

        Assert.True(Telegram.ConfirmedOffset <= updateId, "an update that was never committed must not be acknowledged");
        Assert.Empty(maria.Received);

        await using var healthy = await TelegramBotHost.StartAsync(Telegram, Database);
        await healthy.WaitUntilHandledAsync(updateId);

        Assert.Equal([OnboardingCopy.English.Welcome, ConsentSteps.Consent().Prompt], maria.Received.Select(m => m.PlainText));
    }

    [Fact]
    public async Task Polling_CommittedButNeverAcknowledged_TheRedeliveryChangesAndSendsNothing()
    {
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser());
        var updateId = Telegram.EnqueueText(maria.User, "/start");

        // The moment the update is committed, Telegram stops hearing from this process: every later poll, the
        // acknowledgement on shutdown included, is lost on the way, as if the process died right after commit.
        var cutOff = new AfterUpdateCommitted(() => Telegram.FailNext("getUpdates", 1000, new FakeFault.Drop()));
        await using (var first = await TelegramBotHost.StartAsync(
            Telegram, Database, services => services.ConfigureDbContext<HealLinkDbContext>(b => b.AddInterceptors(cutOff))))
        {
            await first.WaitUntilHandledAsync(updateId);
        }

        Assert.True(Telegram.ConfirmedOffset <= updateId);
        Telegram.ClearFaults();
        await using var second = await TelegramBotHost.StartAsync(Telegram, Database);
        await Telegram.WaitUntilAsync(() => Telegram.ConfirmedOffset > updateId);

        Assert.Equal(2, maria.Received.Count);
        Assert.Equal(1, await second.ScalarAsync("SELECT version FROM conversation_states"));
    }

    [Fact]
    public async Task Process_KilledAfterCommitBeforeAnyReplyReachedTelegram_AfterTheRestartEachReplyArrivesOnce()
    {
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser());
        var updateId = Telegram.EnqueueText(maria.User, "/start");

        // Every send is lost on the way, so whatever the process does before it dies, no reply reaches Telegram.
        Telegram.FailNext("sendMessage", 100_000, new FakeFault.Drop());
        await using (var crashing = TelegramBotProcess.Start(Telegram, Database))
        {
            await WaitForAsync(async () => await CountAsync("SELECT count(*) FROM inbound_receipts") == 1, crashing);
            await Telegram.WaitUntilAsync(() => Telegram.CallsOf("sendMessage").Count >= 1);
            await crashing.KillAsync();
        }

        Assert.Empty(maria.Received);
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL"));

        Telegram.ClearFaults();
        await using var restarted = await TelegramBotHost.StartAsync(Telegram, Database);
        await restarted.WaitUntilHandledAsync(updateId);
        await Telegram.WaitUntilAsync(() => Telegram.ConfirmedOffset > updateId);

        Assert.Equal([OnboardingCopy.English.Welcome, ConsentSteps.Consent().Prompt], maria.Received.Select(m => m.PlainText));
        Assert.Equal(1, await restarted.ScalarAsync("SELECT count(*) FROM inbound_receipts"));
        Assert.Equal(1, await restarted.ScalarAsync("SELECT version FROM conversation_states"));
    }

    [Fact]
    public async Task Polling_GracefulStop_AcknowledgesWhatWasCommitted()
    {
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser());
        long updateId;
        await using (var bot = await TelegramBotHost.StartAsync(Telegram, Database))
        {
            updateId = Telegram.EnqueueText(maria.User, "/start");
            await bot.WaitUntilHandledAsync(updateId);
        }

        Assert.True(Telegram.ConfirmedOffset > updateId);
    }

    private async Task<long> CountAsync(string sql)
    {
        // Opening a SQLite file that is not there yet would make it, empty, under the starting process.
        if (Database.Provider == DatabaseProvider.Sqlite && !File.Exists(Database.FilePath))
        {
            return 0;
        }

        try
        {
            return await Database.ScalarAsync<long>(sql);
        }
        catch (DbException)
        {
            // The process is still creating its tables.
            return 0;
        }
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, TelegramBotProcess process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            Assert.False(process.HasExited, "the bot process ended by itself");
            await Task.Delay(20, timeout.Token);
        }
    }

    private sealed class AfterUpdateCommitted(Action action) : DbTransactionInterceptor
    {
        private int _fired;

        public override async Task TransactionCommittedAsync(
            DbTransaction transaction,
            TransactionEndEventData eventData,
            CancellationToken cancellationToken = default)
        {
            // Other work commits too (the process's status report, job history): only the commit after which the
            // update's receipt is stored counts.
            if (Volatile.Read(ref _fired) == 0
                && eventData.Context is { } context
                && await HoldsAReceiptAsync(context, cancellationToken)
                && Interlocked.Exchange(ref _fired, 1) == 0)
            {
                action();
            }
        }

        private static async Task<bool> HoldsAReceiptAsync(DbContext context, CancellationToken cancellationToken)
        {
            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT EXISTS (SELECT 1 FROM inbound_receipts)";
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1;
        }
    }

    /// <summary>A database that cannot commit: every transaction fails at the last step.</summary>
    private sealed class NoCommits : DbTransactionInterceptor
    {
        public override ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction,
            TransactionEventData eventData,
            InterceptionResult result,
            CancellationToken cancellationToken = default) =>
            throw new IOException("disk unavailable");
    }
}
