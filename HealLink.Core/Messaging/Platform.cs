namespace HealLink.Core.Messaging;

/// <summary>The chat platforms a person can reach HealLink through.</summary>
public enum Platform
{
    Console,
    Telegram,
    Discord,
}
