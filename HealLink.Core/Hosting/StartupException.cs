namespace HealLink.Core.Hosting;

/// <summary>The bot or the admin panel cannot start as configured; the message says why and what to change.</summary>
public sealed class StartupException(string message) : Exception(message);
