namespace HealLink.Core.Icebreakers.OpenAiCompatible;

/// <summary>
/// The chat server failed or gave no usable answer. The message names the kind of failure only: never the server's
/// reply, which may quote the prompt and so people's stories, and never the API key.
/// </summary>
public sealed class ChatServerException : Exception
{
    public ChatServerException()
    {
    }

    public ChatServerException(string message)
        : base(message)
    {
    }

    public ChatServerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
