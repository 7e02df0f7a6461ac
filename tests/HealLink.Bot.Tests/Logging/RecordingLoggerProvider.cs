using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HealLink.Bot.Tests.Logging;

/// <summary>
/// Keeps every log entry of every category at every level, with its scopes, for tests that read what an operator's
/// log would hold.
/// </summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogRecord> _records = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<LogRecord> Records => [.. _records];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    /// <summary>
    /// Records every category at Trace in a host, whatever its settings say for one (a rule for this provider outranks
    /// every rule without one), HttpClient's own categories included.
    /// </summary>
    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton<ILoggerProvider>(this);
        services.AddLogging(logging => logging.AddFilter<RecordingLoggerProvider>(category: null, LogLevel.Trace));
    }

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private static List<string> ValuesOf(object? state) =>
        state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? [.. pairs.Select(pair => $"{pair.Key}={pair.Value}")]
            : [];

    private sealed class Logger(string category, RecordingLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            provider._scopes.ForEachScope((scope, list) => list.AddRange([$"{scope}", .. ValuesOf(scope)]), scopes);
            provider._records.Enqueue(new LogRecord(logLevel, category, formatter(state, exception), ValuesOf(state), scopes, exception?.ToString()));
        }
    }
}
