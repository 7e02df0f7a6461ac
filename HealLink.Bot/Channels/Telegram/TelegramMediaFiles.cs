using HealLink.Core.Messaging;
using Telegram.Bot.Types;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// Where a message's file can be downloaded (its file_id), named and typed as another platform shows it. Photos and
/// voice notes come without a name or (photos) a type, so they get the ones Telegram always uses for them.
/// </summary>
internal static class TelegramMediaFiles
{
    public static MediaFile? Of(Message message) => message switch
    {
        // The sizes come smallest first; the last is the original.
        { Photo: [.., var largest] } => new(largest.FileId, "photo.jpg", "image/jpeg", largest.FileSize),
        { Voice: { } voice } => new(voice.FileId, "voice-message.ogg", voice.MimeType ?? "audio/ogg", voice.FileSize),
        { Audio: { } audio } => new(audio.FileId, audio.FileName ?? "audio.mp3", audio.MimeType, audio.FileSize),
        { Video: { } video } => new(video.FileId, video.FileName ?? "video.mp4", video.MimeType ?? "video/mp4", video.FileSize),
        { VideoNote: { } round } => new(round.FileId, "video-note.mp4", "video/mp4", round.FileSize),
        { Animation: { } animation } => new(animation.FileId, animation.FileName ?? "animation.mp4", animation.MimeType ?? "video/mp4", animation.FileSize),
        { Sticker: { } sticker } => new(sticker.FileId, sticker.IsAnimated ? "sticker.tgs" : sticker.IsVideo ? "sticker.webm" : "sticker.webp", null, sticker.FileSize),
        { Document: { } document } => new(document.FileId, document.FileName ?? "document", document.MimeType, document.FileSize),
        _ => null,
    };
}
