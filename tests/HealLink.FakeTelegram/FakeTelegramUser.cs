namespace HealLink.FakeTelegram;

/// <summary>A person talking to the bot. Their private chat with the bot has the same id as they do.</summary>
public sealed record FakeTelegramUser(long Id, string FirstName, string? LanguageCode = "en")
{
    public long ChatId => Id;
}
