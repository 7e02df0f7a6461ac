using System.Globalization;
using HealLink.Bot.Channels.Media;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// A file someone sent on another platform, downloaded from there and uploaded to Telegram from memory as what it is
/// (a photo shows as a photo, a voice note plays as one), with the caption naming its sender.
/// </summary>
internal sealed class TelegramFileUploader(ITelegramBotClient bot, TelegramRateLimits rateLimits, RelayedFileFetcher files)
{
    // The Bot API takes uploads of at most 50 MB, and photos of at most 10 MB (a bigger one goes as a document).
    private const long MaxUploadBytes = 50 * 1000 * 1000;
    private const long MaxPhotoBytes = 10 * 1000 * 1000;

    /// <summary>Telegram.Bot's <see cref="global::Telegram.Bot.Exceptions.RequestException"/> passes through, for the sender to translate.</summary>
    public async Task<DeliveryResult> UploadAsync(OutboundMessage message, RelayedFile file, CancellationToken cancellationToken)
    {
        var download = await files.FetchAsync(file, MaxUploadBytes, cancellationToken);
        if (download is not MediaDownload.Fetched fetched)
        {
            return ((MediaDownload.Failed)download).ToDeliveryResult();
        }

        await rateLimits.WaitForTurnAsync(message.To.ChatId, cancellationToken);
        await using var content = new MemoryStream(fetched.Bytes.ToArray(), writable: false);
        var upload = InputFile.FromStream(content, file.FileName);
        var chat = TelegramRenderer.ParseId(message.To.ChatId);
        var thread = TelegramRenderer.ParseThreadId(message.To.ThreadId);
        var caption = message.Text.Length == 0 ? null : TelegramRenderer.EscapeHtml(message.Text);
        var sent = file.Kind switch
        {
            "photo" when fetched.Bytes.Length <= MaxPhotoBytes => await bot.SendPhoto(
                chat, upload, caption, ParseMode.Html, messageThreadId: thread, cancellationToken: cancellationToken),
            "voice" => await bot.SendVoice(
                chat, upload, caption, ParseMode.Html, messageThreadId: thread, cancellationToken: cancellationToken),
            "audio" => await bot.SendAudio(
                chat, upload, caption, ParseMode.Html, messageThreadId: thread, cancellationToken: cancellationToken),
            "video" => await bot.SendVideo(
                chat, upload, caption, ParseMode.Html, messageThreadId: thread, cancellationToken: cancellationToken),
            _ => await bot.SendDocument(
                chat, upload, caption, ParseMode.Html, messageThreadId: thread, cancellationToken: cancellationToken),
        };
        return new DeliveryResult.Delivered(sent.Id.ToString(CultureInfo.InvariantCulture));
    }
}
