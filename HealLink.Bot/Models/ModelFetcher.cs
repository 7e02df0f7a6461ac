using HealLink.Core.Icebreakers;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Models;

/// <summary>Fetches every file <c>Models:Files</c> lists, one after another, showing progress and what became of each.</summary>
public sealed class ModelFetcher(
    ModelDownloader downloader, IOptions<ModelsOptions> options, IOptions<LlmOptions> llmOptions, TimeProvider time)
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

            await ReportAsync(output, file, outcome);
        }
    }

    /// <summary>
    /// The icebreakers' language model (<c>Models:Llm</c>) to <c>Llm:ModelPath</c>, where the LlamaSharp provider loads
    /// it; with a <see cref="ModelFetchException"/> when it fails.
    /// </summary>
    public async Task FetchLlmAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var source = options.Value.Llm;
        var target = llmOptions.Value.ModelPath;
        var file = source.File(target);
        await output.WriteLineAsync($"Fetching the language model from {new Uri(source.Url).Authority} into {Path.GetFullPath(target)}");
        var progress = new ConsoleProgress(output, ConsoleProgress.IsTerminal(output), time, file.Name.Length);
        ModelFileOutcome outcome;
        try
        {
            outcome = await downloader.DownloadAsync(file, new Uri(source.Url), target, progress, cancellationToken);
        }
        finally
        {
            progress.EndLine();
        }

        await ReportAsync(output, file, outcome);
        if (llmOptions.Value.Provider != LlmProvider.LlamaSharp)
        {
            await output.WriteLineAsync("To write icebreakers with it, start the bot with Llm:Provider=LlamaSharp (Llm__Provider=LlamaSharp in the environment).");
        }
    }

    private static Task ReportAsync(TextWriter output, ModelFile file, ModelFileOutcome outcome) =>
        output.WriteLineAsync(outcome == ModelFileOutcome.AlreadyInPlace
            ? $"{file.Name}: already in place, sha256 verified"
            : $"{file.Name}: downloaded, sha256 verified");
}
