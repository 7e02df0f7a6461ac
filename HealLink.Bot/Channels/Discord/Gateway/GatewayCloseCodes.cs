namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>What a close code asks of us: resume the session, start a new one, or stop for good.</summary>
internal enum GatewayCloseKind
{
    Resume,
    NewSession,
    Fatal,
}

/// <summary>Discord's close codes, decided in one place (as discord.py's <c>_can_handle_close</c> does).</summary>
internal static class GatewayCloseCodes
{
    public const int InvalidSequence = 4007;
    public const int SessionTimedOut = 4009;

    public static GatewayCloseKind Classify(int code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => GatewayCloseKind.Fatal,
        InvalidSequence or SessionTimedOut => GatewayCloseKind.NewSession,
        _ => GatewayCloseKind.Resume,
    };

    /// <summary>One line for the operator: which code, what it means, what to change.</summary>
    public static string FatalMessage(int code) => code switch
    {
        4004 => "Discord closed the Gateway with 4004 (authentication failed): the bot token is wrong. "
            + "Check Discord:BotToken: copy it again from the developer portal's Bot page, or reset it and set the new one.",
        4010 => "Discord closed the Gateway with 4010 (invalid shard): the bot sent a shard it does not have. This is a bug in HealLink; report it.",
        4011 => "Discord closed the Gateway with 4011 (sharding required): the bot is in too many guilds for one connection. "
            + "HealLink does not shard; remove the bot from guilds it does not need.",
        4012 => "Discord closed the Gateway with 4012 (invalid API version): HealLink speaks Gateway v10, which Discord no longer accepts. Update HealLink.",
        4013 => "Discord closed the Gateway with 4013 (invalid intents): the intents value is not valid. This is a bug in HealLink; report it.",
        4014 => "Discord closed the Gateway with 4014 (disallowed intents): the bot asked for the privileged Message Content intent. "
            + "Enable Message Content Intent under Privileged Gateway Intents on the developer portal's Bot page, "
            + "or unset Discord:ThreadChannelId to run in direct messages only.",
        _ => $"Discord closed the Gateway with {code}, which does not allow reconnecting.",
    };
}
