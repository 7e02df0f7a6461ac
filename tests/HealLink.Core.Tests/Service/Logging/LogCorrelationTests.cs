using HealLink.Core.Messaging;
using HealLink.Core.Service.Logging;
using Microsoft.Extensions.Logging;

namespace HealLink.Core.Tests.Service.Logging;

public sealed class LogCorrelationTests
{
    [Fact]
    public void BeginUpdate_LinesWrittenInside_CarryTheUpdatesCorrelationId()
    {
        var scopes = new LoggerExternalScopeProvider();
        var message = new InboundMessage(new ChatAddress(Platform.Telegram, "1001"), "1001", "100000001", new TextInput("hi"), DateTimeOffset.UnixEpoch);
        var sut = new ScopedLogger(scopes);

        using (sut.BeginUpdate(message))
        {
            using (sut.BeginOutbox(42))
            {
                Assert.Equal(["in:telegram:100000001", "out:42"], CorrelationIds(scopes));
            }
        }

        Assert.Empty(CorrelationIds(scopes));
    }

    private static List<string> CorrelationIds(LoggerExternalScopeProvider scopes)
    {
        var ids = new List<string>();
        scopes.ForEachScope(
            (scope, list) => list.AddRange(((IEnumerable<KeyValuePair<string, object?>>)scope!)
                .Where(pair => pair.Key == LogCorrelation.PropertyName)
                .Select(pair => $"{pair.Value}")),
            ids);
        return ids;
    }

    /// <summary>Begins scopes as a logger from a LoggerFactory does: on the factory's one scope provider.</summary>
    private sealed class ScopedLogger(IExternalScopeProvider scopes) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
