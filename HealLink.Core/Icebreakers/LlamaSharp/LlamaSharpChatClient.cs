using System.Runtime.CompilerServices;
using HealLink.Core.Jobs.IdleModels;
using HealLink.Core.Service.Health;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Icebreakers.LlamaSharp;

/// <summary>
/// Generation with a GGUF model in this process, through LLamaSharp, behind Microsoft.Extensions.AI's
/// <see cref="IChatClient"/>. The model (<see cref="LlmOptions.ModelPath"/>) loads on first use, prompts get the
/// model's own chat template (ChatML when it has none), one generation runs at a time, and the model is unloaded when
/// idle (<see cref="UnloadIfIdleAsync"/>, run by the local scheduler). Settings in a call's <see cref="ChatOptions"/>
/// win over <see cref="LlmOptions"/>. A model file that cannot be used throws <see cref="LlmModelException"/>; a
/// generation longer than <see cref="LlmOptions.Timeout"/> throws <see cref="TimeoutException"/>.
/// </summary>
public sealed class LlamaSharpChatClient : IChatClient, IInProcessModel
{
    /// <summary>What the health page says this model is for.</summary>
    public const string ModelPurpose = "icebreakers";

    private readonly LlmOptions _options;
    private readonly LlamaModelHost _host;

    public LlamaSharpChatClient(IOptions<LlmOptions> options, TimeProvider timeProvider, ILogger<LlamaSharpChatClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        Threads = Math.Min(_options.Threads, Environment.ProcessorCount);
        _host = new LlamaModelHost(_options.ModelPath, Threads, timeProvider, logger);
        NativeLlamaLog.RouteTo(logger);
    }

    /// <summary>Threads one generation uses: the configured number, capped at the machine's cores (more only slows llama.cpp).</summary>
    public int Threads { get; }

    /// <summary>Loaded or not, when last used, and resident memory around the last load and unload, for health reporting.</summary>
    public LlamaModelState State => _host.State;

    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = await GenerateAsync(messages, options, cancellationToken);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, result.Text))
        {
            CreatedAt = DateTimeOffset.UtcNow,
            FinishReason = result.ReachedTokenLimit ? ChatFinishReason.Length : ChatFinishReason.Stop,
            ModelId = Path.GetFileName(_options.ModelPath),
            RawRepresentation = result,
            Usage = new UsageDetails
            {
                InputTokenCount = result.PromptTokens,
                OutputTokenCount = result.Tokens.Count,
                TotalTokenCount = result.PromptTokens + result.Tokens.Count,
            },
        };
    }

    /// <summary>Not token by token (icebreakers are checked whole before anyone sees them): the whole answer as one update.</summary>
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <summary>The sampled tokens and their text; what <see cref="GetResponseAsync"/> answers with.</summary>
    public async Task<GenerationResult> GenerateAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var turns = ChatTurns.From(messages, options);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            return await _host.UseAsync(
                (model, token) => model.GenerateAsync(Request(model.Template.Apply(turns), options), token),
                timeout.Token);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The language model did not answer within {_options.Timeout} (Llm:Timeout).", exception);
        }
    }

    public Task<bool> UnloadIfIdleAsync(CancellationToken cancellationToken) =>
        _host.UnloadIfIdleAsync(_options.IdleUnloadAfter, cancellationToken);

    /// <summary>Unloads the model now, waiting for a generation that is running; the next request loads it again.</summary>
    public Task<bool> UnloadAsync(CancellationToken cancellationToken) => _host.UnloadAsync(cancellationToken);

    public ModelReport Describe()
    {
        var state = State;
        return new ModelReport(
            ModelPurpose,
            Path.GetFileName(_options.ModelPath),
            state.IsLoaded,
            state.LastUsed,
            state.LastLoadDuration,
            state.ResidentBytesBeforeLoad,
            state.ResidentBytesLoaded,
            state.ResidentBytesAfterUnload,
            state.Loads,
            state.Unloads);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("llama.cpp (LLamaSharp)", defaultModelId: Path.GetFileName(_options.ModelPath))
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose() => _host.Dispose();

    private GenerationRequest Request(string prompt, ChatOptions? options) => new(
        prompt,
        options?.MaxOutputTokens ?? _options.MaxOutputTokens,
        options?.Temperature ?? _options.Temperature,
        // A fixed seed makes output reproducible (tests, evaluation); otherwise each generation samples afresh.
        unchecked((uint)(options?.Seed ?? _options.Seed ?? Random.Shared.Next())),
        options?.TopP,
        options?.TopK,
        options?.StopSequences is { } stops ? [.. stops] : []);
}
