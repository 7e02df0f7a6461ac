using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace HealLink.Core.Icebreakers.LlamaSharp;

/// <summary>
/// Owns the one loaded model of this process: loads it on first use, lets one generation run at a time (a llama.cpp
/// context is not thread-safe, and on a 2-core machine two at once would only be slower each), and unloads it when
/// idle. Loading, generating and unloading all hold the same gate, so an unload never pulls the model from under a
/// generation, and a request arriving during an unload waits for it and loads the model again.
/// </summary>
internal sealed partial class LlamaModelHost(
    string configuredPath,
    int threads,
    TimeProvider timeProvider,
    ILogger logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _stateLock = new();
    private LoadedLlamaModel? _model;
    private LlamaModelState _state = new(false, null, null, null, null, null, null, 0, 0, false);
    private bool _disposed;

    public LlamaModelState State
    {
        get
        {
            lock (_stateLock)
            {
                return _state;
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> on the loaded model (loading it first if needed), alone.</summary>
    public async Task<T> UseAsync<T>(Func<LoadedLlamaModel, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var model = _model ?? await LoadAsync(cancellationToken);
            Touch();
            try
            {
                return await work(model, cancellationToken);
            }
            finally
            {
                // Idle time counts from the end of a generation, not its start.
                Touch();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Unloads the model if it has not been used for <paramref name="idleAfter"/>.</summary>
    /// <returns>True when it was unloaded by this call.</returns>
    public async Task<bool> UnloadIfIdleAsync(TimeSpan idleAfter, CancellationToken cancellationToken)
    {
        if (!IsIdle(idleAfter))
        {
            return false;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // A request may have used it while this call waited for the gate.
            return IsIdle(idleAfter) && Unload();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Unloads the model now, whenever it was last used (tests, shutdown); waits for a running generation.</summary>
    public async Task<bool> UnloadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return Unload();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;

        // Waits for a generation still running (bounded by Llm:Timeout): freeing its context under it would crash.
        _gate.Wait();
        _model?.Dispose();
        _model = null;
        _gate.Dispose();
    }

    private bool IsIdle(TimeSpan idleAfter)
    {
        var state = State;
        return state.IsLoaded && state.LastUsed is { } last && timeProvider.GetUtcNow() - last >= idleAfter;
    }

    private async Task<LoadedLlamaModel> LoadAsync(CancellationToken cancellationToken)
    {
        var before = ResidentMemory.Bytes();
        var started = Stopwatch.GetTimestamp();
        var model = await LoadedLlamaModel.LoadAsync(configuredPath, threads, cancellationToken);
        var took = Stopwatch.GetElapsedTime(started);
        var loaded = ResidentMemory.Bytes();
        _model = model;
        lock (_stateLock)
        {
            _state = _state with
            {
                IsLoaded = true,
                LoadedAt = timeProvider.GetUtcNow(),
                LastLoadDuration = took,
                ResidentBytesBeforeLoad = before,
                ResidentBytesLoaded = loaded,
                Loads = _state.Loads + 1,
                UsesModelsOwnTemplate = model.Template.IsModelsOwn,
            };
        }

        LogLoaded(logger, configuredPath, took.TotalMilliseconds, threads, model.Template.IsModelsOwn ? "its own" : "ChatML", Mebibytes(before), Mebibytes(loaded));
        return model;
    }

    private bool Unload()
    {
        if (_model is null)
        {
            return false;
        }

        _model.Dispose();
        _model = null;
        NativeHeap.Trim();
        var after = ResidentMemory.Bytes();
        lock (_stateLock)
        {
            _state = _state with { IsLoaded = false, ResidentBytesAfterUnload = after, Unloads = _state.Unloads + 1 };
        }

        LogUnloaded(logger, Mebibytes(after));
        return true;
    }

    private void Touch()
    {
        lock (_stateLock)
        {
            _state = _state with { LastUsed = timeProvider.GetUtcNow() };
        }
    }

    private static long Mebibytes(long bytes) => bytes / (1024 * 1024);

    [LoggerMessage(Level = LogLevel.Information, Message = "Language model {Path} loaded in {Milliseconds:F0} ms on {Threads} threads with {Template} chat template; resident memory {Before} → {Loaded} MiB")]
    private static partial void LogLoaded(ILogger logger, string path, double milliseconds, int threads, string template, long before, long loaded);

    [LoggerMessage(Level = LogLevel.Information, Message = "Language model unloaded; resident memory now {After} MiB")]
    private static partial void LogUnloaded(ILogger logger, long after);
}
