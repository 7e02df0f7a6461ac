using HealLink.Core.Messaging;

namespace HealLink.Core.Connections;

/// <summary>Which platforms copy a message into another chat themselves, so no file needs to be carried.</summary>
internal static class PlatformCopies
{
    // Telegram's copyMessage copies any chat's message without a file in hand (the local console pretends to);
    // Discord has nothing like it.
    public static bool WithinItself(Platform from, Platform to) => from == to && from != Platform.Discord;
}
