using HealLink.Core.Hosting;
namespace HealLink.Bot.Models;

/// <summary>
/// <c>models fetch</c>: downloads the model files with the bot's own configuration (appsettings.json, environment,
/// command line) without starting the bot. Exit code 0 when every file is in place and verified, 1 otherwise, with
/// one line on the error output saying why.
/// </summary>
public static class ModelsCommand
{
    public const string Name = "models";

    private const string Usage = """
        Usage: HealLink.Bot models fetch [--Models:BaseUrl=URL] [--Models:Folder=DIR] [other --Key=value settings]
          fetch  downloads the model files (Models:Files, by default all-MiniLM-L6-v2's model.onnx and vocab.txt)
                 into Models:Folder, resuming a broken download and checking each file's sha256.
        """;

    /// <summary>Whether the arguments ask for this command rather than the bot.</summary>
    public static bool IsRequested(string[] args) => args is [Name, ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        switch (args)
        {
            case [Name, "fetch", .. var settings]:
                return await FetchAsync(settings, output, errors, cancellationToken);
            case [Name, "help" or "--help" or "-h"]:
                await output.WriteLineAsync(Usage);
                return 0;
            default:
                await errors.WriteLineAsync(Usage);
                return 1;
        }
    }

    private static async Task<int> FetchAsync(string[] settings, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
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
            await host.Services.GetRequiredService<ModelFetcher>().FetchAllAsync(output, stopping.Token);
            await output.WriteLineAsync("Model files are in place.");
            return 0;
        }
        catch (ModelFetchException exception)
        {
            await errors.WriteLineAsync(exception.Summary);
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
