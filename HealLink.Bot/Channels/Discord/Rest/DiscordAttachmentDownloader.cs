using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// Fetches an attachment's bytes from its (signed, expiring) CDN address to relay it, reading at most
/// <see cref="DiscordOptions.MaxDownloadBytes"/>. The CDN needs no token, so none is sent.
/// </summary>
public sealed class DiscordAttachmentDownloader(HttpClient http, IOptions<DiscordOptions> options)
{
    public Task<DiscordResult<byte[]>> DownloadAsync(Uri url, CancellationToken cancellationToken) =>
        DownloadAsync(url, options.Value.MaxDownloadBytes, cancellationToken);

    /// <summary>As much as the caller can pass on (another platform's upload limit), never more than the configured cap.</summary>
    public async Task<DiscordResult<byte[]>> DownloadAsync(Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var cap = Math.Min(maxBytes, options.Value.MaxDownloadBytes);
        var route = $"GET attachment {url.Host}";
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                // An expired signature or a deleted file (4xx) will not come back; a CDN hiccup (5xx) may.
                var outcome = status >= 500 ? DiscordOutcome.Transient : DiscordOutcome.Permanent;
                return new DiscordFailure(outcome, $"{route}: not downloadable", status);
            }

            if (response.Content.Headers.ContentLength > cap)
            {
                return TooBig(route, cap);
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (copy.Length + read > cap)
                {
                    return TooBig(route, cap);
                }

                copy.Write(buffer, 0, read);
            }

            return DiscordResult.Ok<byte[]>(copy.ToArray());
        }
        catch (HttpRequestException exception)
        {
            return new DiscordFailure(DiscordOutcome.Transient, $"{route}: {exception.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DiscordFailure(DiscordOutcome.Transient, $"{route}: timed out");
        }
    }

    private static DiscordFailure TooBig(string route, long cap) =>
        new(DiscordOutcome.Permanent, $"{route}: larger than the {cap} bytes the bot relays");
}
