using System.Diagnostics;
using LLama;
using LLama.Common;
using LLama.Exceptions;
using LLama.Native;

namespace HealLink.Core.Icebreakers.LlamaSharp;

/// <summary>
/// A GGUF model in memory with one llama.cpp context to generate in. Not thread-safe (a llama.cpp context is not):
/// <see cref="LlamaModelHost"/> lets one generation run at a time. Disposing frees the native weights and context.
/// </summary>
internal sealed class LoadedLlamaModel : IDisposable
{
    // Enough for a ~300-token prompt and a few hundred tokens of answer; a longer context only costs KV-cache memory.
    private const int MaxContextTokens = 2048;

    private readonly LLamaWeights _weights;
    private readonly LLamaContext _context;
    private readonly LLamaBatch _batch = new();

    private LoadedLlamaModel(LLamaWeights weights, LLamaContext context)
    {
        _weights = weights;
        _context = context;
        Template = ChatTemplate.For(weights.NativeHandle);
    }

    public ChatTemplate Template { get; }

    public int ContextTokens => (int)_context.ContextSize;

    /// <summary>Loads the model; every way a file can be unusable ends in <see cref="LlmModelException"/>.</summary>
    /// <param name="configuredPath">As configured (relative to the working folder or absolute), for messages.</param>
    public static async Task<LoadedLlamaModel> LoadAsync(string configuredPath, int threads, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(configuredPath);
        GgufHeader.Check(fullPath, configuredPath);
        var parameters = new ModelParams(fullPath) { Threads = threads, BatchThreads = threads };
        LLamaWeights? weights = null;
        try
        {
            weights = await LLamaWeights.LoadFromFileAsync(parameters, cancellationToken);
            parameters.ContextSize = (uint)Math.Clamp(weights.ContextSize, 1, MaxContextTokens);
            var context = weights.CreateContext(parameters);
            var model = new LoadedLlamaModel(weights, context);
            weights = null;
            return model;
        }
        catch (LoadWeightsFailedException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new LlmModelException(
                $"The language model file {configuredPath} could not be loaded: it is cut short or corrupt, or its " +
                "architecture is one this build's llama.cpp (815a2a5, through LLamaSharp 0.30.0) does not support. " +
                "Download it again, or use another GGUF model.",
                exception);
        }
        catch (LoadWeightsFailedException exception)
        {
            throw new OperationCanceledException("Loading the language model was cancelled.", exception, cancellationToken);
        }
        catch (RuntimeError exception)
        {
            throw new LlmModelException(
                $"The language model {configuredPath} could not be used: llama.cpp failed ({exception.Message}).", exception);
        }
        catch (TypeInitializationException exception)
        {
            throw new LlmModelException(
                "llama.cpp's native library could not be loaded (LLamaSharp.Backend.Cpu for linux-x64 is expected " +
                "beside the application), so the language model cannot run.",
                exception);
        }
        finally
        {
            weights?.Dispose();
        }
    }

    /// <summary>The token ids of <paramref name="text"/>, as llama.cpp's tokenizer tests take them.</summary>
    public IReadOnlyList<int> Tokenize(string text, bool addSpecial, bool parseSpecial) =>
        [.. _context.Tokenize(text, addSpecial, parseSpecial).Select(t => (int)t)];

    public async Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        // Each request starts from an empty KV cache: nothing of one person's conversation leaks into the next.
        _context.NativeHandle.MemoryClear();
        _batch.Clear();
        var prompt = _context.Tokenize(request.Prompt, addBos: true, special: true).ToList();
        var room = ContextTokens - prompt.Count;
        if (room <= 0)
        {
            throw new ArgumentException(
                $"The prompt is {prompt.Count} tokens; the model's context holds {ContextTokens}.", nameof(request));
        }

        var started = Stopwatch.GetTimestamp();
        var (result, _, position) = await _context.DecodeAsync(prompt, LLamaSeqId.Zero, _batch, 0, cancellationToken);
        ThrowOnFailure(result);
        var promptTime = Stopwatch.GetElapsedTime(started);
        started = Stopwatch.GetTimestamp();

        using var sampler = Sampling.Pipeline(request);
        var decoder = new StreamingTokenDecoder(_context);
        var stops = new StopSequences(request.StopSequences);
        var tokens = new List<int>();
        var limit = Math.Min(request.MaxTokens, room);
        while (tokens.Count < limit)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var token = sampler.Sample(_context.NativeHandle, _batch.TokenCount - 1);
            if (token.IsEndOfGeneration(_weights.Vocab))
            {
                return Result(reachedLimit: false);
            }

            tokens.Add((int)token);
            decoder.Add(token);
            if (stops.Append(decoder.Read()))
            {
                return Result(reachedLimit: false);
            }

            _batch.Clear();
            _batch.Add(token, position++, LLamaSeqId.Zero, true);
            ThrowOnFailure(await _context.DecodeAsync(_batch, cancellationToken));
        }

        return Result(reachedLimit: true);

        GenerationResult Result(bool reachedLimit) =>
            new(tokens, stops.Text, prompt.Count, reachedLimit, promptTime, Stopwatch.GetElapsedTime(started));
    }

    public void Dispose()
    {
        _context.Dispose();
        _weights.Dispose();
    }

    private static void ThrowOnFailure(DecodeResult result)
    {
        if (result != DecodeResult.Ok)
        {
            throw new LLamaDecodeError(result);
        }
    }
}
