using HealLink.Core.Icebreakers;
using HealLink.Core.Icebreakers.OpenAiCompatible;
using Microsoft.Extensions.AI;

namespace HealLink.Core.Tests.Icebreakers.OpenAiCompatible;

/// <summary>The client as the bot builds it, pointed at a fake server, with generation settings a test can see on the wire.</summary>
internal static class TestChatClient
{
    public const string Model = "qwen2.5:0.5b-instruct";
    public const int MaxOutputTokens = 120;
    public const float Temperature = 0.3f;
    public const int Seed = 7;

    /// <summary>What a well-behaved server answers.</summary>
    public const string Icebreaker = "Hi Sam, I'm Alex. What would help most to hear about first?";

    public static ChatMessage[] Prompt => [new(ChatRole.User, "Mentee: Sam. Mentor: Alex.")];

    public static IChatClient Create(Uri baseUrl, string? apiKey = null, TimeSpan? timeout = null) =>
        OpenAiCompatibleChatClientFactory.Create(new LlmOptions
        {
            Provider = LlmProvider.OpenAiCompatible,
            BaseUrl = baseUrl,
            Model = Model,
            ApiKey = apiKey,
            Timeout = timeout ?? TimeSpan.FromSeconds(10),
            MaxOutputTokens = MaxOutputTokens,
            Temperature = Temperature,
            Seed = Seed,
        });
}
