using HealLink.Bot.Channels.Discord.Gateway.Events;

namespace HealLink.Bot.Channels.Discord;

/// <summary>What an attachment is, in the kinds the relay and the other platforms know (Telegram's field names).</summary>
internal static class DiscordAttachmentKinds
{
    // Discord's own recorder names every voice message so.
    private const string VoiceMessageName = "voice-message.ogg";

    public static string Of(DiscordAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var type = attachment.ContentType ?? "";
        return type switch
        {
            _ when attachment.Filename.Equals(VoiceMessageName, StringComparison.OrdinalIgnoreCase) => "voice",
            _ when type.StartsWith("audio/ogg", StringComparison.OrdinalIgnoreCase) => "voice",
            _ when type.StartsWith("image/", StringComparison.OrdinalIgnoreCase) => "photo",
            _ when type.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) => "audio",
            _ when type.StartsWith("video/", StringComparison.OrdinalIgnoreCase) => "video",
            _ => "document",
        };
    }
}
