using Microsoft.Extensions.AI;

namespace HealLink.Core.Tests.Icebreakers;

/// <summary>A chat client that answers with whatever the test says, and remembers what it was asked.</summary>
internal sealed class FakeChatClient(Func<CancellationToken, Task<string>> answer) : IChatClient
{
    public FakeChatClient(string text)
        : this(_ => Task.FromResult(text))
    {
    }

    public int Calls { get; private set; }

    public ChatOptions? LastOptions { get; private set; }

    public IReadOnlyList<ChatMessage> LastMessages { get; private set; } = [];

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
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
