namespace HealLink.Bot;

/// <summary>The bot cannot start as configured; the message says why and what to change.</summary>
public sealed class StartupException(string message) : Exception(message);
