using Microsoft.Extensions.Options;

namespace HealLink.Bot.Models;

/// <summary>Fetches every file <c>Models:Files</c> lists, one after another, showing progress and what became of each.</summary>
public sealed class ModelFetcher(ModelDownloader downloader, IOptions<ModelsOptions> options, TimeProvider time)
{
    /// <summary>
    /// Whether every file is there at its expected size: cheap enough for each start-up. The sha256 is checked when a
    /// fetch runs; it would cost a read of the whole model on every start.
    /// </summary>
    public bool AllInPlace()
    {
        var settings = options.Value;
        return settings.Files.All(file => new FileInfo(settings.PathOf(file)) is { Exists: true } info && info.Length == file.Size);
    }

    /// <summary>Stops at the first file that fails, with a <see cref="ModelFetchException"/>.</summary>
    public async Task FetchAllAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var settings = options.Value;
        await output.WriteLineAsync($"Fetching model files from {settings.BaseUrl} into {Path.GetFullPath(settings.Folder)}");
        var nameWidth = settings.Files.Max(file => file.Name.Length);
        foreach (var file in settings.Files)
        {
            var progress = new ConsoleProgress(output, ConsoleProgress.IsTerminal(output), time, nameWidth);
            ModelFileOutcome outcome;
            try
            {
                outcome = await downloader.DownloadAsync(file, progress, cancellationToken);
            }
            finally
            {
                progress.EndLine();
            }

            await output.WriteLineAsync(outcome == ModelFileOutcome.AlreadyInPlace
                ? $"{file.Name}: already in place, sha256 verified"
                : $"{file.Name}: downloaded, sha256 verified");
        }
    }
}
