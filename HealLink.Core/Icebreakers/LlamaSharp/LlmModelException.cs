namespace HealLink.Core.Icebreakers.LlamaSharp;

/// <summary>
/// The configured language model cannot be used: the file is missing, is not a GGUF file, is cut short or corrupt, or
/// is of a kind this build's llama.cpp cannot run. The message says which, names the configured path and what to do;
/// it never holds anything people wrote.
/// </summary>
public sealed class LlmModelException : Exception
{
    public LlmModelException()
    {
    }

    public LlmModelException(string message)
        : base(message)
    {
    }

    public LlmModelException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
