namespace HealLink.Bot.Channels.Telegram;

/// <summary>What setWebhook is told: our public address, the secret Telegram sends back, and parallel deliveries.</summary>
internal sealed record WebhookRegistration(string Url, string Secret, int MaxConnections);
