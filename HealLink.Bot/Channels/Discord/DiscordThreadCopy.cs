namespace HealLink.Bot.Channels.Discord;

/// <summary>What thread mode tells people in their DMs.</summary>
internal static class DiscordThreadCopy
{
    /// <summary>
    /// Where the conversation is, and who can see it: private threads are open to the server's moderators, and people
    /// should know that before they share anything there.
    /// </summary>
    public static string Pointer(string otherName, string? guildId, string threadId)
    {
        var where = guildId is null
            ? $"in its own private thread on the server, named “{otherName}”"
            : $"in its own private thread: https://discord.com/channels/{guildId}/{threadId}";
        return $"💬 Your conversation with {otherName} continues {where}\n"
            + "Only you, HealLink and the server's moderators can see it. Commands work there as they do here.";
    }

    /// <summary>A command or button used in a server channel that is not the person's own conversation thread.</summary>
    public const string NotHere =
        "I only talk with people in direct messages and in their own conversation threads. Send me a direct message to begin, or to carry on.";
}
