using HealLink.Core.Icebreakers.OpenAiCompatible;
using Microsoft.Extensions.AI;

namespace HealLink.Core.Tests.Icebreakers.OpenAiCompatible;

/// <summary>
/// The client against a real server on 127.0.0.1. Every failure ends in an exception the icebreaker service turns into
/// the template: <see cref="TimeoutException"/> or <see cref="ChatServerException"/>, never a hang.
/// </summary>
public sealed class OpenAiCompatibleChatClientTests
{
    private const string Icebreaker = "Hi Sam, Alex here. I had the same knee surgery two years ago. What are you most curious about?";
    private const string ApiKey = "sk-local-test-0123456789";

    private static readonly ChatMessage[] Prompt =
    [
        new(ChatRole.System, "Write a warm two-sentence icebreaker."),
        new(ChatRole.User, "Mentee: Sam, knee replacement. Mentor: Alex."),
    ];

    [Fact]
    public async Task GetResponseAsync_WellFormedAnswer_ReturnsItAsIs()
    {
        await using var server = await FakeChatServer.StartAsync(FakeChatReplies.Answer(Icebreaker));
        using var sut = TestChatClient.Create(server.BaseUrl);

        var response = await sut.GetResponseAsync(Prompt);

        Assert.Equal(Icebreaker, response.Text);
    }

    [Fact]
    public async Task GetResponseAsync_Request_CarriesModelMessagesAndGenerationSettings()
    {
        await using var server = await FakeChatServer.StartAsync(FakeChatReplies.Answer(Icebreaker));
        using var sut = TestChatClient.Create(server.BaseUrl);

        await sut.GetResponseAsync(Prompt);

        var body = Assert.Single(server.Requests).Body!;
        Assert.Equal(TestChatClient.Model, (string?)body["model"]);
        Assert.Equal("system", (string?)body["messages"]![0]!["role"]);
        Assert.Equal("Write a warm two-sentence icebreaker.", (string?)body["messages"]![0]!["content"]);
        Assert.Equal("user", (string?)body["messages"]![1]!["role"]);
        Assert.Equal("Mentee: Sam, knee replacement. Mentor: Alex.", (string?)body["messages"]![1]!["content"]);
        Assert.Equal(TestChatClient.MaxOutputTokens, (int?)body["max_tokens"]);
        Assert.Equal(TestChatClient.MaxOutputTokens, (int?)body["max_completion_tokens"]);
        Assert.Equal(TestChatClient.Temperature, (float?)body["temperature"]);
        Assert.Equal(TestChatClient.Seed, (int?)body["seed"]);
    }

    [Fact]
    public async Task GetResponseAsync_NoApiKey_SendsNoAuthorization()
    {
        await using var server = await FakeChatServer.StartAsync(FakeChatReplies.Answer(Icebreaker));
        using var sut = TestChatClient.Create(server.BaseUrl);

        await sut.GetResponseAsync(Prompt);

        Assert.Equal("", Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public async Task GetResponseAsync_ApiKey_SentAsBearer()
    {
        await using var server = await FakeChatServer.StartAsync(FakeChatReplies.Answer(Icebreaker));
        using var sut = TestChatClient.Create(server.BaseUrl, apiKey: ApiKey);

        await sut.GetResponseAsync(Prompt);

        Assert.Equal($"Bearer {ApiKey}", Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public async Task GetResponseAsync_CallerSetsOptions_TheyWinOverSettings()
    {
        await using var server = await FakeChatServer.StartAsync(FakeChatReplies.Answer(Icebreaker));
        using var sut = TestChatClient.Create(server.BaseUrl);

        await sut.GetResponseAsync(Prompt, new ChatOptions { MaxOutputTokens = 40, Temperature = 0.9f, Seed = 99 });

        var body = Assert.Single(server.Requests).Body!;
        Assert.Equal(40, (int?)body["max_tokens"]);
        Assert.Equal(0.9f, (float?)body["temperature"]);
        Assert.Equal(99, (int?)body["seed"]);
    }

    [Theory]
    [InlineData("/v1")]
    [InlineData("/v1/")]
    public async Task GetResponseAsync_BaseUrlWithOrWithoutSlash_PostsToChatCompletions(string path)
    {
        await using var server = await FakeChatServer.StartAsync(FakeChatReplies.Answer(Icebreaker));
        using var sut = TestChatClient.Create(new Uri(server.BaseUrl, path));

        var response = await sut.GetResponseAsync(Prompt);

        Assert.Equal(Icebreaker, response.Text);
    }

    [Fact]
    public async Task GetResponseAsync_AnswerFullOfLinks_ReturnedForTheOutputCheckToJudge()
    {
        // Judging content is the icebreaker service's output check (which rejects links); the client passes it on.
        const string Spam = "Visit https://example.com/cure and http://bit.ly/x or write to help@example.com now!";
        await using var server = await FakeChatServer.StartAsync(FakeChatReplies.Answer(Spam));
        using var sut = TestChatClient.Create(server.BaseUrl);

        var response = await sut.GetResponseAsync(Prompt);

        Assert.Equal(Spam, response.Text);
    }
}
