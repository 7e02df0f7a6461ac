using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using ChatCompletionOptions = OpenAI.Chat.ChatCompletionOptions;

namespace HealLink.Core.Icebreakers.OpenAiCompatible;

/// <summary>
/// Wraps the OpenAI client's <see cref="IChatClient"/> with what HealLink promises its callers: the Llm settings as
/// defaults, one budget of <see cref="LlmOptions.Timeout"/> for the whole call (retry included), and three ways to
/// end: an answer with text, <see cref="TimeoutException"/>, or <see cref="ChatServerException"/>; an
/// <see cref="OperationCanceledException"/> only when the caller cancelled.
/// </summary>
/// <param name="transport">The HTTP client under <paramref name="inner"/>, which the OpenAI client does not dispose.</param>
internal sealed class OpenAiCompatibleChatClient(IChatClient inner, LlmOptions settings, IDisposable transport)
    : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(settings.Timeout);
        ChatResponse response;
        try
        {
            response = await base.GetResponseAsync(messages, WithDefaults(options), budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Raised by our budget or by the client's own per-request timeout: either way the server was too slow.
            throw new TimeoutException($"The chat server gave no answer within {settings.Timeout.TotalSeconds:0.#} s ({LlmOptions.SectionName}:Timeout).");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw ChatServerFailure.From(exception);
        }

        return string.IsNullOrWhiteSpace(response.Text)
            ? throw new ChatServerException("The chat server's answer held no text.")
            : response;
    }

    /// <summary>
    /// Streaming is not needed for a few sentences; the whole answer as one update keeps the same timeout and errors.
    /// </summary>
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            transport.Dispose();
        }

        base.Dispose(disposing);
    }

    // The caller may set any of these for one request; what it leaves open comes from the Llm section.
    private ChatOptions WithDefaults(ChatOptions? options)
    {
        var merged = options?.Clone() ?? new ChatOptions();
        var maxTokens = merged.MaxOutputTokens ??= settings.MaxOutputTokens;
        merged.Temperature ??= settings.Temperature;
        merged.Seed ??= settings.Seed;
        merged.RawRepresentationFactory ??= _ => WithMaxTokens(maxTokens);
        return merged;
    }

    // The OpenAI client writes the limit as max_completion_tokens only; Ollama reads only max_tokens and would
    // otherwise generate until the timeout. Both are sent, with the same value (llama.cpp's server and vLLM read either).
    private static ChatCompletionOptions WithMaxTokens(int maxTokens)
    {
        var options = new ChatCompletionOptions();
#pragma warning disable SCME0001 // JsonPatch is marked for evaluation; the package version is pinned.
        options.Patch.Set("$.max_tokens"u8, maxTokens);
#pragma warning restore SCME0001
        return options;
    }
}
