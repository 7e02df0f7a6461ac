namespace HealLink.Bot.Models;

/// <summary>
/// A model file could not be fetched for a reason outside our code (offline, a server error, a wrong file): the
/// message is one line for the operator, never a stack trace.
/// </summary>
public sealed class ModelFetchException(string message) : Exception(message.ReplaceLineEndings(" "))
{
    /// <summary>The line to show: what went wrong, and that the bot carries on without the model.</summary>
    public string Summary => $"Model files not fetched: {Message} HealLink keeps using its offline embedder until they are in place.";

    /// <summary>The line for the language model: the icebreakers go on without it.</summary>
    public string LanguageModelSummary => $"Language model not fetched: {Message} Icebreakers are written from the template until it is in place.";
}
