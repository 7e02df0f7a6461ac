using System.Data.Common;
using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.Storage;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Pipeline;

/// <summary>A process dying between two steps of the pipeline loses nothing and shows nothing twice.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Dispatch_CrashAfterCommitBeforeSend_DeliversExactlyOnceAfterRestart()
    {
        await using (var crashed = await PipelineHost.StartAsync(_file, _platform))
        {
            // Committed, but the process dies before its dispatcher runs.
            await crashed.Processor.ProcessAsync(PipelineHost.Message("101", new TextInput("/start")), default);
        }

        Assert.Empty(_platform.Delivered);
        await using var restarted = await PipelineHost.StartAsync(_file, _platform);
        await restarted.DispatchAsync();
        await restarted.DispatchAsync();

        Assert.Equal([OnboardingCopy.English.Welcome, ConsentSteps.Consent().Prompt], _platform.Delivered.Select(d => d.Message.Text));
        Assert.Equal(0, await restarted.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)));
    }

    [Fact]
    public async Task Dispatch_SecondRestartAfterDelivery_SendsNothingAgain()
    {
        await using (var first = await PipelineHost.StartAsync(_file, _platform))
        {
            await first.Processor.ProcessAsync(PipelineHost.Message("101", new TextInput("hello")), default);
            await first.DispatchAsync();
        }

        await using var second = await PipelineHost.StartAsync(_file, _platform);
        await second.DispatchAsync();

        Assert.Equal(2, _platform.Attempts.Count);
    }

    [Fact]
    public async Task Process_CrashBeforeCommit_KeepsNothingAndTheRedeliveryIsHandledOnce()
    {
        var crash = new CrashOnCommit();
        await using (var crashing = await PipelineHost.StartAsync(
            _file, _platform, configure: services => services.ConfigureDbContext<HealLinkDbContext>(b => b.AddInterceptors(crash))))
        {
            await Assert.ThrowsAsync<IOException>(() =>
                crashing.Processor.ProcessAsync(PipelineHost.Message("101", new TextInput("/start"), "u-1"), default));
            Assert.True(crash.Crashed);
        }

        await using var restarted = await PipelineHost.StartAsync(_file, _platform);
        Assert.Equal(0, await restarted.QueryAsync(db => db.People.CountAsync()));
        Assert.Equal(0, await restarted.QueryAsync(db => db.InboundReceipts.CountAsync()));
        Assert.Equal(0, await restarted.QueryAsync(db => db.OutboxMessages.CountAsync()));

        // The platform was never told it was handled, so it delivers the update again.
        var outcome = await restarted.Processor.ProcessAsync(PipelineHost.Message("101", new TextInput("/start"), "u-1"), default);
        await restarted.DispatchAsync();

        Assert.False(outcome.IsDuplicate);
        Assert.Equal([OnboardingCopy.English.Welcome, ConsentSteps.Consent().Prompt], _platform.Delivered.Select(d => d.Message.Text));
    }

    /// <summary>The process "dies" as the transaction is about to commit.</summary>
    private sealed class CrashOnCommit : DbTransactionInterceptor
    {
        public bool Crashed { get; private set; }

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction,
            TransactionEventData eventData,
            InterceptionResult result,
            CancellationToken cancellationToken = default)
        {
            Crashed = true;
            throw new IOException("simulated crash");
        }
    }
}
