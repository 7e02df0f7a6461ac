using System.Globalization;
using HealLink.Core.Icebreakers.OpenAiCompatible;
using Microsoft.AspNetCore.Http;

namespace HealLink.Core.Tests.Icebreakers.OpenAiCompatible;

/// <summary>Exactly one retry on a transient failure: a 5xx or a connection dropped without a reply.</summary>
public sealed class OpenAiCompatibleChatClientRetryTests
{
    private const string HangUp = "hang-up";

    [Theory]
    [InlineData("500")]
    [InlineData("502")]
    [InlineData("503")]
    [InlineData(HangUp)]
    public async Task GetResponseAsync_TransientFailureOnce_RetriesOnceAndSucceeds(string failure)
    {
        await using var server = await FakeChatServer.StartAsync(Transient(failure), FakeChatReplies.Answer(TestChatClient.Icebreaker));
        using var sut = TestChatClient.Create(server.BaseUrl);

        var response = await sut.GetResponseAsync(TestChatClient.Prompt);

        Assert.Equal(TestChatClient.Icebreaker, response.Text);
        Assert.Equal(2, server.Requests.Count);
    }

    [Theory]
    [InlineData("500", "The chat server answered HTTP 500.")]
    [InlineData("503", "The chat server answered HTTP 503.")]
    [InlineData(HangUp, "The chat server could not be reached")]
    public async Task GetResponseAsync_TransientFailureTwice_FailsAfterExactlyTwoRequests(string failure, string message)
    {
        await using var server = await FakeChatServer.StartAsync(
            Transient(failure), Transient(failure), FakeChatReplies.Answer(TestChatClient.Icebreaker));
        using var sut = TestChatClient.Create(server.BaseUrl);

        var exception = await Assert.ThrowsAsync<ChatServerException>(() => sut.GetResponseAsync(TestChatClient.Prompt));

        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }

    private static Func<HttpContext, Task> Transient(string failure) => failure == HangUp
        ? FakeChatReplies.HangUp()
        : FakeChatReplies.Status(int.Parse(failure, CultureInfo.InvariantCulture));
}
