using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using HealLink.Core.Icebreakers.OpenAiCompatible;
using Microsoft.AspNetCore.Http;

namespace HealLink.Core.Tests.Icebreakers.OpenAiCompatible;

/// <summary>
/// Every way the server can fail ends in <see cref="TimeoutException"/> or <see cref="ChatServerException"/>, within
/// the timeout: what the icebreaker service answers with the template.
/// </summary>
public sealed class OpenAiCompatibleChatClientFailureTests
{
    private const string ApiKey = "sk-local-secret-9876543210";

    [Fact]
    public async Task GetResponseAsync_SlowServer_TimesOutWithinTheLimit()
    {
        await using var server = await FakeChatServer.StartAsync(FakeChatReplies.Slow(TimeSpan.FromSeconds(30)));
        using var sut = TestChatClient.Create(server.BaseUrl, timeout: TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => sut.GetResponseAsync(TestChatClient.Prompt));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(3));
        Assert.Contains("Llm:Timeout", exception.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task GetResponseAsync_ErrorThenSlowRetry_WholeCallStaysWithinTheLimit()
    {
        await using var server = await FakeChatServer.StartAsync(
            FakeChatReplies.Status(StatusCodes.Status503ServiceUnavailable), FakeChatReplies.Slow(TimeSpan.FromSeconds(30)));
        using var sut = TestChatClient.Create(server.BaseUrl, timeout: TimeSpan.FromSeconds(2));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<TimeoutException>(() => sut.GetResponseAsync(TestChatClient.Prompt));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task GetResponseAsync_ClientError_FailsWithoutRetry()
    {
        await using var server = await FakeChatServer.StartAsync(
            FakeChatReplies.Status(StatusCodes.Status404NotFound, """{"error":{"message":"model 'qwen' not found"}}"""),
            FakeChatReplies.Answer(TestChatClient.Icebreaker));
        using var sut = TestChatClient.Create(server.BaseUrl);

        var exception = await Assert.ThrowsAsync<ChatServerException>(() => sut.GetResponseAsync(TestChatClient.Prompt));

        Assert.Equal("The chat server answered HTTP 404.", exception.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task GetResponseAsync_MalformedJson_FailsCleanly()
    {
        await using var server = await FakeChatServer.StartAsync(FakeChatReplies.Malformed());
        using var sut = TestChatClient.Create(server.BaseUrl);

        var exception = await Assert.ThrowsAsync<ChatServerException>(() => sut.GetResponseAsync(TestChatClient.Prompt));

        Assert.Equal("The chat server's answer was not chat-completion JSON.", exception.Message);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("""{"id":"x","object":"chat.completion","created":1,"model":"m","choices":[]}""")]
    [InlineData("""{"id":"x","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"  "},"finish_reason":"stop"}]}""")]
    [InlineData("""{"unexpected":true}""")]
    [InlineData("[]")]
    public async Task GetResponseAsync_JsonWithoutAnAnswer_FailsCleanly(string body)
    {
        await using var server = await FakeChatServer.StartAsync(FakeChatReplies.Status(StatusCodes.Status200OK, body));
        using var sut = TestChatClient.Create(server.BaseUrl);

        await Assert.ThrowsAsync<ChatServerException>(() => sut.GetResponseAsync(TestChatClient.Prompt));
    }

    [Fact]
    public async Task GetResponseAsync_ConnectionRefused_FailsFast()
    {
        using var sut = TestChatClient.Create(new Uri($"http://127.0.0.1:{UnusedPort()}/v1"), timeout: TimeSpan.FromSeconds(20));
        var clock = Stopwatch.StartNew();

        var exception = await Assert.ThrowsAsync<ChatServerException>(() => sut.GetResponseAsync(TestChatClient.Prompt));

        // One retry after the client's 0.8 s pause, then done: far inside the 20 s timeout.
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.StartsWith("The chat server could not be reached", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponseAsync_Redirect_NotFollowed()
    {
        await using var elsewhere = await FakeChatServer.StartAsync(FakeChatReplies.Answer(TestChatClient.Icebreaker));
        await using var server = await FakeChatServer.StartAsync(FakeChatReplies.RedirectTo(new Uri(elsewhere.BaseUrl, "/")));
        using var sut = TestChatClient.Create(server.BaseUrl);

        var exception = await Assert.ThrowsAsync<ChatServerException>(() => sut.GetResponseAsync(TestChatClient.Prompt));

        Assert.Equal("The chat server answered HTTP 307.", exception.Message);
        Assert.Empty(elsewhere.Requests);
    }

    [Fact]
    public async Task GetResponseAsync_CallerCancels_ThrowsOperationCanceled()
    {
        await using var server = await FakeChatServer.StartAsync(FakeChatReplies.Slow(TimeSpan.FromSeconds(30)));
        using var sut = TestChatClient.Create(server.BaseUrl);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.GetResponseAsync(TestChatClient.Prompt, cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task GetResponseAsync_ServerEchoesTheKey_ExceptionNeverHoldsIt()
    {
        // OpenAI's own 401 quotes the key it was given; a proxy in front of a local server may do the same.
        var echo = $$$"""{"error":{"message":"Incorrect API key provided: {{{ApiKey}}}. Prompt was: Sam's knee"}}""";
        await using var server = await FakeChatServer.StartAsync(FakeChatReplies.Status(StatusCodes.Status401Unauthorized, echo));
        using var sut = TestChatClient.Create(server.BaseUrl, apiKey: ApiKey);

        var exception = await Assert.ThrowsAsync<ChatServerException>(() => sut.GetResponseAsync(TestChatClient.Prompt));

        Assert.DoesNotContain(ApiKey, exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("knee", exception.ToString(), StringComparison.Ordinal);
    }

    private static int UnusedPort()
    {
        // Bound and released: nothing listens there afterwards, so a connection is refused at once.
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}
