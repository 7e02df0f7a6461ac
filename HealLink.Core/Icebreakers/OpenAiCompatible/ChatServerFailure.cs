using System.ClientModel;
using System.Text.Json;

namespace HealLink.Core.Icebreakers.OpenAiCompatible;

/// <summary>Turns what the OpenAI client throws into a <see cref="ChatServerException"/> that is safe to log.</summary>
internal static class ChatServerFailure
{
    public static ChatServerException From(Exception exception) => exception switch
    {
        // Both tries failed; the last says most.
        AggregateException { InnerExceptions.Count: > 0 } aggregate => From(aggregate.InnerExceptions[^1]),

        // The reply body is left out: a server's error text may quote the prompt.
        ClientResultException { Status: > 0 } answered =>
            new ChatServerException($"The chat server answered HTTP {answered.Status}."),

        // No reply at all; the inner exception says why in terms of host and port only.
        ClientResultException { InnerException: HttpRequestException network } =>
            new ChatServerException($"The chat server could not be reached: {network.Message}", network),
        HttpRequestException network =>
            new ChatServerException($"The chat server could not be reached: {network.Message}", network),

        JsonException =>
            new ChatServerException("The chat server's answer was not chat-completion JSON."),
        _ => new ChatServerException($"The chat server's answer could not be read ({exception.GetType().Name})."),
    };
}
