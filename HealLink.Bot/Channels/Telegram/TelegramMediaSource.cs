using HealLink.Bot.Channels.Media;
using HealLink.Core.Messaging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>A person's file from Telegram by its file_id: getFile, then the download from Telegram's file server.</summary>
internal sealed class TelegramMediaSource(ITelegramBotClient bot, TokenRedactor redactor) : IMediaSource
{
    // The Bot API lets bots download files of at most 20 MB.
    private const long BotDownloadLimit = 20 * 1000 * 1000;

    public Platform Platform => Platform.Telegram;

    public async Task<MediaDownload> DownloadAsync(string reference, long maxBytes, CancellationToken cancellationToken)
    {
        var cap = Math.Min(maxBytes, BotDownloadLimit);
        try
        {
            var file = await bot.GetFile(reference, cancellationToken);
            if (file.FileSize > cap)
            {
                return MediaDownload.TooBig(cap);
            }

            if (file.FilePath is not { } path)
            {
                return new MediaDownload.Failed("Telegram gave no download path for the file", Transient: false);
            }

            using var content = new MemoryStream();
            await bot.DownloadFile(path, content, cancellationToken);
            return content.Length > cap ? MediaDownload.TooBig(cap) : new MediaDownload.Fetched(content.ToArray());
        }
        catch (RequestException exception)
        {
            // A 400 (an unknown or expired file_id) will not change; no answer, a 429 or a 5xx may.
            var failure = TelegramFailure.Of(exception, redactor);
            var transient = failure.IsTransport || failure.IsServerError || failure.ErrorCode == 429;
            return new MediaDownload.Failed($"Telegram file: {failure}", transient);
        }
        catch (HttpRequestException exception)
        {
            return new MediaDownload.Failed($"Telegram file: {redactor.Redact(exception.Message)}", Transient: true);
        }
    }
}
