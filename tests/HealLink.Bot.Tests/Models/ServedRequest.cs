namespace HealLink.Bot.Tests.Models;

/// <param name="Range">The Range header as sent, empty when there was none.</param>
internal sealed record ServedRequest(string Path, string Range);
