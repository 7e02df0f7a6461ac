using Microsoft.Extensions.AI;

namespace HealLink.Core.Tests.Icebreakers;

/// <summary>A chat client that answers with whatever the test says, and remembers what it was asked.</summary>
internal sealed class FakeChatClient(Func<CancellationToken, Task<string>> answer) : IChatClient
{
    public FakeChatClient(string text)
        : this(_ => Task.FromResult(text))
    {
    }

    private int _calls;

    /// <summary>How many times it was asked; both sides of an Accept ask at once.</summary>
    public int Calls => Volatile.Read(ref _calls);

    public ChatOptions? LastOptions { get; private set; }

    public IReadOnlyList<ChatMessage> LastMessages { get; private set; } = [];

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        LastMessages = [.. messages];
        LastOptions = options;
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, await answer(cancellationToken)));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
