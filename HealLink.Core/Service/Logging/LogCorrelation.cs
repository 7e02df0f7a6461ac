using System.Globalization;
using HealLink.Core.Messaging;
using Microsoft.Extensions.Logging;

namespace HealLink.Core.Service.Logging;

/// <summary>
/// Logging scopes that tie every line written while one inbound update or one outbox message is handled, in any
/// category (EF Core's, HttpClient's, a channel's), to a correlation id: <c>in:telegram:100000001</c> or <c>out:42</c>.
/// Built from the update's and the row's own ids, which name a delivery, never a person.
/// </summary>
public static class LogCorrelation
{
    public const string PropertyName = "CorrelationId";

    private static readonly Func<ILogger, string, IDisposable?> Scope = LoggerMessage.DefineScope<string>($"{{{PropertyName}}}");

    public static string OfUpdate(Platform platform, string updateId) =>
        $"in:{platform.ToString().ToLowerInvariant()}:{updateId}";

    public static string OfOutbox(long outboxId) => $"out:{outboxId.ToString(CultureInfo.InvariantCulture)}";

    public static IDisposable? BeginUpdate(this ILogger logger, InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Scope(logger, OfUpdate(message.Chat.Platform, message.UpdateId));
    }

    public static IDisposable? BeginOutbox(this ILogger logger, long outboxId) => Scope(logger, OfOutbox(outboxId));
}
