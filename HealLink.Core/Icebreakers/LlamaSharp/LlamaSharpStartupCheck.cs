using LLama;
using LLama.Common;
using LLama.Exceptions;
using Microsoft.Extensions.Logging;

namespace HealLink.Core.Icebreakers.LlamaSharp;

/// <summary>
/// What the host prints at start-up about the in-process model, in one line: usable, or why not and what to do. The
/// model itself still loads on first use; this reads the file's header and vocabulary only (a few MB, a fraction of a
/// second), so a wrong path, a broken download or an unsupported architecture shows at start rather than as the first
/// icebreaker silently falling back to the template.
/// </summary>
public static class LlamaSharpStartupCheck
{
    /// <param name="logger">Receives llama.cpp's own log lines for the check (otherwise they go to stderr).</param>
    public static LlamaSharpCheckResult Run(LlmOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (logger is not null)
        {
            NativeLlamaLog.RouteTo(logger);
        }

        var fullPath = Path.GetFullPath(options.ModelPath);
        try
        {
            GgufHeader.Check(fullPath, options.ModelPath);
            using (LLamaWeights.LoadFromFile(new ModelParams(fullPath) { VocabOnly = true }))
            {
            }

            NativeHeap.Trim();
            var size = new FileInfo(fullPath).Length;
            return new LlamaSharpCheckResult(
                true,
                $"Icebreakers: language model {options.ModelPath} ({size / (1024 * 1024)} MiB) found; it loads on first use " +
                $"and is unloaded after {options.IdleUnloadAfter} idle.");
        }
        catch (LlmModelException exception)
        {
            return new LlamaSharpCheckResult(false, "Icebreakers: " + exception.Message);
        }
        catch (LoadWeightsFailedException)
        {
            return new LlamaSharpCheckResult(
                false,
                $"Icebreakers: the language model file {options.ModelPath} could not be read: it is corrupt or of an " +
                "architecture this build's llama.cpp does not support; icebreakers come from the template.");
        }
        catch (Exception exception) when (exception is RuntimeError or TypeInitializationException or DllNotFoundException)
        {
            return new LlamaSharpCheckResult(
                false,
                "Icebreakers: llama.cpp's native library could not be loaded, so the language model cannot run; " +
                "icebreakers come from the template.");
        }
    }
}
