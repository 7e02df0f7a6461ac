using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.Telegram;

/// <param name="Updates">The crowd's updates, from the first enqueued to the last committed, with each one's latency.</param>
/// <param name="Sent">The replies the fake accepted into the crowd's chats.</param>
/// <param name="BatchDone">From the first update enqueued to the last reply accepted.</param>
/// <param name="TooManyRequests">429s the fake answered in the whole run, warm-up included; should be none.</param>
/// <param name="Outbox">The bot's outbox at the end, warm-up included.</param>
/// <param name="SendMessagesAccepted">sendMessage calls answered 200 in the whole run, warm-up included.</param>
internal sealed record TelegramLoadResult(
    RateLimitScenario Scenario,
    LoadMeasurement Updates,
    SendingMeasurement Sent,
    TimeSpan BatchDone,
    int TooManyRequests,
    OutboxCounts Outbox,
    int SendMessagesAccepted);
