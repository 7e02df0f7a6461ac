using Microsoft.Extensions.AI;

namespace HealLink.Core.Icebreakers.LlamaSharp;

/// <summary>Chat messages as the (role, text) pairs a chat template takes; only their text content counts.</summary>
internal static class ChatTurns
{
    public static IReadOnlyList<(string Role, string Text)> From(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var turns = new List<(string Role, string Text)>();

        // Instructions lead, as a system message: templates expect the system turn first.
        if (!string.IsNullOrEmpty(options?.Instructions))
        {
            turns.Add(("system", options.Instructions));
        }

        foreach (var message in messages)
        {
            turns.Add((Role(message.Role), message.Text));
        }

        return turns;
    }

    private static string Role(ChatRole role) =>
        role == ChatRole.System ? "system"
        : role == ChatRole.Assistant ? "assistant"
        : "user";
}
