using System.Globalization;
using HealLink.Core.Connections.Opening;
using HealLink.Core.Icebreakers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Icebreakers.OpenAiCompatible;

/// <summary>
/// The whole path as the bot composes it (<c>AddIcebreakers</c> with <c>Llm:Provider=OpenAiCompatible</c>) against a
/// server on 127.0.0.1: whatever goes wrong, the person gets the template; a good answer is used as it came.
/// </summary>
public sealed class OpenAiCompatibleIcebreakerTests
{
    private const string GoodAnswer =
        "Hi Ana, I'm Sam, and I had a kidney transplant too. It's lovely that we both enjoy cooking. What has been on your mind most while you wait?";

    public static TheoryData<string> Failures => ["slow", "500", "malformed", "links", "hang-up"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Icebreaker_ServerMisbehaves_TheTemplateIsWritten(string failure)
    {
        Func<HttpContext, Task> reply = failure switch
        {
            "slow" => FakeChatReplies.Slow(TimeSpan.FromSeconds(10)),
            "500" => FakeChatReplies.Status(500),
            "malformed" => FakeChatReplies.Malformed(),
            "links" => FakeChatReplies.Answer("Hi Ana! Read https://kidney.example.org and www.transplant-tips.example, then DM me at @sam_k. What do you think?"),
            _ => FakeChatReplies.HangUp(),
        };
        await using var server = await FakeChatServer.StartAsync(reply, reply);

        // Only the slow server needs the deadline to end it; the others fail at once, and a short deadline on a busy
        // machine could end the call before it reached them, which would test nothing.
        await using var services = Compose(server.BaseUrl, failure == "slow" ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(30));

        var sut = await services.GetRequiredService<IIcebreakerGenerator>().WriteAsync(Pairs.Ana(), Pairs.Sam(), CancellationToken.None);

        Assert.Equal(TemplateIcebreaker.Write(Pairs.Ana(), Pairs.Sam()), sut);
        Assert.NotEmpty(server.Requests);
    }

    [Fact]
    public async Task Icebreaker_WellFormedAnswer_IsUsedAsItCame()
    {
        await using var server = await FakeChatServer.StartAsync(FakeChatReplies.Answer(GoodAnswer));
        await using var services = Compose(server.BaseUrl);

        var sut = await services.GetRequiredService<IIcebreakerGenerator>().WriteAsync(Pairs.Ana(), Pairs.Sam(), CancellationToken.None);

        Assert.Equal(GoodAnswer, sut);
        Assert.Single(server.Requests);
    }

    private static ServiceProvider Compose(Uri baseUrl, TimeSpan? timeout = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Llm:Provider"] = "OpenAiCompatible",
                ["Llm:BaseUrl"] = baseUrl.ToString(),
                ["Llm:Model"] = TestChatClient.Model,
                ["Llm:Timeout"] = (timeout ?? TimeSpan.FromSeconds(30)).ToString("c", CultureInfo.InvariantCulture),
            })
            .Build();
        return new ServiceCollection().AddLogging().AddIcebreakers(configuration).BuildServiceProvider();
    }
}
