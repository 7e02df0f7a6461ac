using HealLink.Core.Connections.Opening;
using HealLink.Core.Icebreakers;
using HealLink.Core.Tests.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Tests.Icebreakers;

public sealed class IcebreakerServiceTests : IDisposable
{
    private const string Good =
        "Sam has been through a kidney transplant too, and you both enjoy cooking. You could ask: what helped you most in the weeks before?";

    private static readonly TimeSpan _timeout = TimeSpan.FromMilliseconds(300);

    private readonly IcebreakerMetrics _metrics = new();
    private readonly IcebreakerCounts _counts;
    private readonly ListLogger<IcebreakerService> _logger = new();

    public IcebreakerServiceTests() => _counts = new IcebreakerCounts(_metrics);

    public void Dispose()
    {
        _counts.Dispose();
        _metrics.Dispose();
    }

    [Fact]
    public async Task WriteAsync_NoChatClient_TemplateCountedAsNoModel()
    {
        var sut = Service(null);

        var text = await sut.WriteAsync(Pairs.Ana(), Pairs.Sam(), CancellationToken.None);

        Assert.Equal(TemplateIcebreaker.Write(Pairs.Ana(), Pairs.Sam()), text);
        Assert.Equal(1, _counts.ByReason[IcebreakerOutcome.NoModel]);
    }

    [Fact]
    public async Task WriteAsync_GoodAnswer_UsedAsIsWithTheConfiguredOptions()
    {
        var model = new FakeChatClient("  " + Good + "\n");
        var sut = Service(model);

        var text = await sut.WriteAsync(Pairs.Ana(), Pairs.Sam(), CancellationToken.None);

        Assert.Equal(Good, text);
        Assert.Equal(1, _counts.ByReason[IcebreakerOutcome.Model]);
        Assert.Equal(
            (96, 0.4f, 42L),
            (model.LastOptions?.MaxOutputTokens, model.LastOptions?.Temperature, model.LastOptions?.Seed));
        Assert.Equal(IcebreakerPrompt.SystemInstructions, model.LastMessages[0].Text);
    }

    [Fact]
    public async Task WriteAsync_AnswerWithALink_TemplateCountedAsRejectedWithoutTheText()
    {
        const string Bad = "Sam has been through a kidney transplant too. Read https://kidney.org and ask: what helped you most?";
        var sut = Service(new FakeChatClient(Bad));

        var text = await sut.WriteAsync(Pairs.Ana(), Pairs.Sam(), CancellationToken.None);

        Assert.Equal(TemplateIcebreaker.Write(Pairs.Ana(), Pairs.Sam()), text);
        Assert.Equal(1, _counts.ByReason["rejected_link"]);
        Assert.DoesNotContain(_logger.Messages, m => m.Contains("kidney", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task WriteAsync_ThrowingClient_TemplateCountedAsFailed()
    {
        var sut = Service(new FakeChatClient(_ => throw new HttpRequestException("500 from the server: Ana, kidney transplant")));

        var text = await sut.WriteAsync(Pairs.Ana(), Pairs.Sam(), CancellationToken.None);

        Assert.Equal(TemplateIcebreaker.Write(Pairs.Ana(), Pairs.Sam()), text);
        Assert.Equal(1, _counts.ByReason[IcebreakerOutcome.Failed]);
        Assert.DoesNotContain(_logger.Messages, m => m.Contains("Ana", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_SlowClientHonouringCancellation_TemplateAndTheModelWasCancelled()
    {
        var modelCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sut = Service(new FakeChatClient(async ct =>
        {
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            }
            catch (OperationCanceledException)
            {
                modelCancelled.TrySetResult();
                throw;
            }

            return Good;
        }));

        // The guard only stops a broken service from hanging the run; the timeout under test is 300 ms.
        var text = await sut.WriteAsync(Pairs.Ana(), Pairs.Sam(), CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(60));

        // The service answers with the template as soon as it cancels; the model hears it on its own thread, maybe a
        // moment later on a busy machine. Never hearing it fails here.
        await modelCancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(TemplateIcebreaker.Write(Pairs.Ana(), Pairs.Sam()), text);
        Assert.Equal(1, _counts.ByReason[IcebreakerOutcome.Timeout]);
    }

    [Fact]
    public async Task WriteAsync_SlowClientIgnoringCancellation_TemplateWithoutWaitingForTheModel()
    {
        var model = new TaskCompletionSource<string>();
        var sut = Service(new FakeChatClient(_ => model.Task));

        // Returning at all proves it: the model never answers until the test lets it, after the assertion.
        var text = await sut.WriteAsync(Pairs.Ana(), Pairs.Sam(), CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(60));
        model.SetResult(Good);

        Assert.Equal(TemplateIcebreaker.Write(Pairs.Ana(), Pairs.Sam()), text);
        Assert.Equal(1, _counts.ByReason[IcebreakerOutcome.Timeout]);
    }

    [Fact]
    public async Task WriteAsync_CallerCancels_CancelledNotReplaced()
    {
        var sut = Service(new FakeChatClient(async ct =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return Good;
        }));
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await sut.WriteAsync(Pairs.Ana(), Pairs.Sam(), caller.Token));
    }

    [Fact]
    public async Task WriteAsync_SeveralOutcomes_EachCountedUnderItsReason()
    {
        var answers = new Queue<string>([Good, "Too short?", Good]);
        var sut = Service(new FakeChatClient(_ => Task.FromResult(answers.Dequeue())));

        for (var i = 0; i < 3; i++)
        {
            await sut.WriteAsync(Pairs.Ana(), Pairs.Sam(), CancellationToken.None);
        }

        Assert.Equal(2, _counts.ByReason[IcebreakerOutcome.Model]);
        Assert.Equal(1, _counts.ByReason["rejected_too_short"]);
    }

    private IcebreakerService Service(IChatClient? model) =>
        new(_metrics, Options.Create(new LlmOptions { Timeout = _timeout, MaxOutputTokens = 96, Temperature = 0.4f, Seed = 42 }), _logger, model);
}
