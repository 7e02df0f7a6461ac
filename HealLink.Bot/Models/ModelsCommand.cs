using HealLink.Core.Hosting;
namespace HealLink.Bot.Models;

/// <summary>
/// <c>models fetch</c>: downloads the model files with the bot's own configuration (appsettings.json, environment,
/// command line) without starting the bot; <c>models fetch llm</c> the icebreakers' language model instead. Exit code
/// 0 when every file is in place and verified, 1 otherwise, with one line on the error output saying why.
/// </summary>
public static class ModelsCommand
{
    public const string Name = "models";

    private const string Usage = """
        Usage: HealLink.Bot models fetch [llm] [--Key=value settings]
          fetch      downloads the embedding model's files (Models:Files, by default all-MiniLM-L6-v2's model.onnx and
                     vocab.txt) into Models:Folder, resuming a broken download and checking each file's sha256.
          fetch llm  downloads the icebreakers' language model (Models:Llm, by default Qwen2.5-0.5B-Instruct Q4_K_M,
                     491 MB, Apache-2.0) to Llm:ModelPath, the same way.
        """;

    /// <summary>Whether the arguments ask for this command rather than the bot.</summary>
    public static bool IsRequested(string[] args) => args is [Name, ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        switch (args)
        {
            case [Name, "fetch", LanguageModel, .. var settings]:
                return await FetchAsync(settings, FetchTarget.LanguageModel, output, errors, cancellationToken);
            case [Name, "fetch", .. var settings] when settings is [] or [['-', ..], ..]:
                return await FetchAsync(settings, FetchTarget.Embeddings, output, errors, cancellationToken);
            case [Name, "help" or "--help" or "-h"]:
                await output.WriteLineAsync(Usage);
                return 0;
            default:
                await errors.WriteLineAsync(Usage);
                return 1;
        }
    }

    private const string LanguageModel = "llm";

    private enum FetchTarget
    {
        Embeddings,
        LanguageModel,
    }

    private static async Task<int> FetchAsync(
        string[] settings, FetchTarget target, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void OnCtrlC(object? sender, ConsoleCancelEventArgs e)
        {
            // Stop the download cleanly instead of dying mid-write; the partial file stays for the next run.
            e.Cancel = true;
            stopping.Cancel();
        }

        Console.CancelKeyPress += OnCtrlC;
        try
        {
            var builder = BotConfiguration.CreateBuilder(settings);
            builder.AddModels();
            using var host = builder.Build();
            var fetcher = host.Services.GetRequiredService<ModelFetcher>();
            await (target == FetchTarget.LanguageModel
                ? fetcher.FetchLlmAsync(output, stopping.Token)
                : fetcher.FetchAllAsync(output, stopping.Token));
            await output.WriteLineAsync(target == FetchTarget.LanguageModel ? "The language model is in place." : "Model files are in place.");
            return 0;
        }
        catch (ModelFetchException exception)
        {
            await errors.WriteLineAsync(target == FetchTarget.LanguageModel ? exception.LanguageModelSummary : exception.Summary);
            return 1;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            await errors.WriteLineAsync("Model fetch stopped. Fetching again resumes where it stopped.");
            return 1;
        }
        catch (Exception exception) when (StartupProblem.Describe(exception) is { } problem)
        {
            await errors.WriteLineAsync($"Model files not fetched: {problem}");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= OnCtrlC;
        }
    }
}
