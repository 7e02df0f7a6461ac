using Microsoft.Extensions.AI;

namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

/// <summary>A prompt stories260K continues with a story (it knows no chat, only children's stories).</summary>
internal static class StoryPrompt
{
    public static IReadOnlyList<ChatMessage> Messages { get; } = [new(ChatRole.User, "Once upon a time")];
}
