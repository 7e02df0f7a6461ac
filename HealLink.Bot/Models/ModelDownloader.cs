using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Models;

/// <summary>
/// Downloads one model file into place: skips a file already right, resumes a partial download, checks size and
/// sha256, and moves the file in only when it is right. Failures outside our code become a one-line
/// <see cref="ModelFetchException"/>; the caller's cancellation stays an OperationCanceledException.
/// </summary>
public sealed class ModelDownloader(HttpClient http, IOptions<ModelsOptions> options)
{
    private const int ChunkSize = 1 << 16;

    /// <summary>One of <c>Models:Files</c>: from under <c>Models:BaseUrl</c> into <c>Models:Folder</c>.</summary>
    public Task<ModelFileOutcome> DownloadAsync(ModelFile file, IProgress<DownloadProgress> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var settings = options.Value;
        return DownloadAsync(file, settings.UrlOf(file), settings.PathOf(file), progress, cancellationToken);
    }

    /// <summary>A file from anywhere to anywhere, such as the language model from <c>Models:Llm:Url</c> to <c>Llm:ModelPath</c>.</summary>
    public async Task<ModelFileOutcome> DownloadAsync(
        ModelFile file, Uri source, string target, IProgress<DownloadProgress> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(progress);
        var settings = options.Value;
        using var stall = new StallTimeout(settings.StallTimeout, cancellationToken);
        try
        {
            if (await FileSha256.MatchesAsync(target, file, cancellationToken))
            {
                return ModelFileOutcome.AlreadyInPlace;
            }

            await TransferAsync(file, source, target, progress, stall, cancellationToken);
            return ModelFileOutcome.Downloaded;
        }
        catch (OperationCanceledException) when (stall.HasExpired)
        {
            throw Failure(file, $"{source.Authority} sent nothing for {stall.Limit.TotalSeconds:0.#} s. Fetching again resumes the download.");
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError is HttpRequestError.ConnectionError
            or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError)
        {
            throw Failure(file, $"cannot reach {source.Authority} ({exception.Message}).");
        }
        catch (HttpRequestException exception)
        {
            throw Failure(file, $"the request for {source} failed ({exception.Message}).");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Failure(file, $"cannot read or write {Path.GetDirectoryName(Path.GetFullPath(target))} ({exception.Message}).");
        }
    }

    private async Task TransferAsync(
        ModelFile file, Uri source, string target, IProgress<DownloadProgress> progress, StallTimeout stall, CancellationToken cancellationToken)
    {
        var partialPath = PartialDownload.PathFor(target);
        var (response, resumeFrom) = await RequestAsync(file, source, partialPath, stall);
        using (response)
        {
            await using var partial = await PartialDownload.OpenAsync(partialPath, resumeFrom, cancellationToken);
            await using var body = await response.Content.ReadAsStreamAsync(stall.Token);
            progress.Report(new DownloadProgress(file.Name, partial.Length, file.Size));

            var buffer = new byte[ChunkSize];
            while (await ReadAsync(file, body, buffer, partial.Length, stall) is var read and > 0)
            {
                if (partial.Length + read > file.Size)
                {
                    await partial.DiscardAsync();
                    throw Failure(file, $"{source} sends more than the expected {file.Size:N0} bytes: it is not the file {file.PinnedBy} names.");
                }

                await partial.AppendAsync(buffer.AsMemory(0, read), cancellationToken);
                progress.Report(new DownloadProgress(file.Name, partial.Length, file.Size));
            }

            if (partial.Length < file.Size)
            {
                throw Failure(file, $"the download broke off at {Megabytes(partial.Length)} of {Megabytes(file.Size)} MB. Fetching again resumes it.");
            }

            await partial.MoveIntoPlaceAsync(file, target, cancellationToken);
        }
    }

    /// <summary>
    /// Asks for the rest of the file when an earlier run left part of it. The answer decides: 206 continues the partial
    /// file, 200 (a server that ignores ranges) starts it over, 416 (the partial file is not shorter than the real one)
    /// deletes it and asks again for the whole file.
    /// </summary>
    private async Task<(HttpResponseMessage Response, long ResumeFrom)> RequestAsync(ModelFile file, Uri source, string partialPath, StallTimeout stall)
    {
        var resumeFrom = File.Exists(partialPath) ? new FileInfo(partialPath).Length : 0;
        var response = await SendAsync(source, resumeFrom, stall);
        if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable && resumeFrom > 0)
        {
            response.Dispose();
            PartialDownload.Delete(partialPath);
            resumeFrom = 0;
            response = await SendAsync(source, resumeFrom, stall);
        }

        try
        {
            var announced = CheckAnswer(file, source, response, partialPath, ref resumeFrom);
            if (announced is { } size && size != file.Size)
            {
                // The server's file changed or the configuration pins another one: neither a resume nor a fresh download can end right.
                PartialDownload.Delete(partialPath);
                throw Failure(file, $"{source} is {size:N0} bytes, not the expected {file.Size:N0}: it is not the file {file.PinnedBy} names.");
            }

            return (response, resumeFrom);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Checks the status and range of the answer; returns the whole file's size when the server says it.</summary>
    private static long? CheckAnswer(ModelFile file, Uri source, HttpResponseMessage response, string partialPath, ref long resumeFrom)
    {
        if (response.StatusCode == HttpStatusCode.PartialContent)
        {
            var range = response.Content.Headers.ContentRange;
            if (range?.From != resumeFrom)
            {
                // Deleted, so the next run asks for the whole file instead of meeting the same answer again.
                PartialDownload.Delete(partialPath);
                throw Failure(file, $"{source} answered a request for bytes {resumeFrom}- with another range ({range?.ToString() ?? "none"}).");
            }

            return range.Length;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw Failure(file, $"{source} answered {(int)response.StatusCode} {response.ReasonPhrase ?? response.StatusCode.ToString()}.");
        }

        resumeFrom = 0;
        return response.Content.Headers.ContentLength;
    }

    private async Task<HttpResponseMessage> SendAsync(Uri source, long resumeFrom, StallTimeout stall)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, source);
        if (resumeFrom > 0)
        {
            request.Headers.Range = new RangeHeaderValue(resumeFrom, null);
        }

        stall.Restart();
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stall.Token);
    }

    /// <summary>One read from the network; a connection that breaks mid-file keeps what arrived, for the next run to resume.</summary>
    private static async Task<int> ReadAsync(ModelFile file, Stream body, byte[] buffer, long done, StallTimeout stall)
    {
        stall.Restart();
        try
        {
            return await body.ReadAsync(buffer, stall.Token);
        }
        catch (IOException exception)
        {
            throw Failure(file, $"the download broke off at {Megabytes(done)} of {Megabytes(file.Size)} MB ({exception.Message}). Fetching again resumes it.");
        }
    }

    private static string Megabytes(long bytes) => ProgressLine.Megabytes(bytes);

    /// <summary>Numbers in the message read the same whatever the machine's culture.</summary>
    private static ModelFetchException Failure(ModelFile file, FormattableString reason) =>
        new($"{file.Name}: {reason.ToString(CultureInfo.InvariantCulture)}");
}
