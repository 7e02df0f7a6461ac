namespace HealLink.FakeTelegram;

/// <summary>
/// A person talking to the bot. Their private chat with the bot has the same id as they do. Like most Telegram users
/// they have a last name and a public username, which the bot must never pass on to anyone.
/// </summary>
public sealed record FakeTelegramUser(long Id, string FirstName, string? LanguageCode = "en")
{
    public long ChatId => Id;

    public string? LastName { get; init; }

    public string? Username { get; init; }
}
