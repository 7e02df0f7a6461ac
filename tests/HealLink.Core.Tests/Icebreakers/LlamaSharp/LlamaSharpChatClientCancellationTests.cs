using Microsoft.Extensions.AI;

namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

public sealed class LlamaSharpChatClientCancellationTests
{
    [Fact]
    public async Task GetResponseAsync_CancelledBeforehand_ThrowsAndLoadsNothing()
    {
        using var sut = TestModels.Client(TestModels.Stories);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => sut.GetResponseAsync(StoryPrompt.Messages, cancellationToken: new CancellationToken(canceled: true)));

        Assert.Equal(0, sut.State.Loads);
    }

    [Fact]
    public async Task GetResponseAsync_CancelledAsGenerationStarts_ThrowsAndTheNextRequestWorks()
    {
        var clock = new CancellingTimeProvider();
        using var sut = TestModels.Client(TestModels.Stories, timeProvider: clock);
        var expected = await sut.GetResponseAsync(StoryPrompt.Messages);
        using var cancel = new CancellationTokenSource();
        clock.CancelOnRead = cancel;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => sut.GetResponseAsync(StoryPrompt.Messages, cancellationToken: cancel.Token));
        clock.CancelOnRead = null;
        var next = await sut.GetResponseAsync(StoryPrompt.Messages);

        Assert.Equal(expected.Text, next.Text);
    }

    [Fact]
    public async Task GetResponseAsync_WaitingBehindAnotherGeneration_CancelledWhileWaiting()
    {
        using var sut = TestModels.Client(TestModels.Stories, o => o.MaxOutputTokens = 1024);
        await sut.GetResponseAsync(StoryPrompt.Messages);
        using var cancel = new CancellationTokenSource();

        // Many long generations queue behind the gate; cancelling releases every waiter at once.
        var running = Enumerable.Range(0, 4).Select(_ => sut.GetResponseAsync(StoryPrompt.Messages, cancellationToken: cancel.Token)).ToList();
        await cancel.CancelAsync();

        foreach (var request in running)
        {
            try
            {
                await request;
            }
            catch (OperationCanceledException)
            {
            }
        }

        Assert.Contains(running, r => r.IsCanceled);
        Assert.NotEmpty((await sut.GetResponseAsync(StoryPrompt.Messages, new ChatOptions { MaxOutputTokens = 3 })).Text);
    }

    [Fact]
    public async Task GetResponseAsync_SlowerThanTimeout_ThrowsTimeoutException()
    {
        using var sut = TestModels.Client(TestModels.Stories, o => o.Timeout = TimeSpan.FromTicks(1));

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => sut.GetResponseAsync(StoryPrompt.Messages));

        Assert.Contains("Llm:Timeout", exception.Message, StringComparison.Ordinal);
    }
}
