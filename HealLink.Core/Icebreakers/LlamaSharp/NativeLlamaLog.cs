using LLama.Native;
using Microsoft.Extensions.Logging;

namespace HealLink.Core.Icebreakers.LlamaSharp;

/// <summary>
/// Sends llama.cpp's own log to ours instead of the process's stderr, where it writes some fifty lines on every load.
/// Its warnings and errors keep their level; its information (tensor counts, buffer sizes) becomes Debug, and the
/// progress dots it prints while loading are dropped. llama.cpp has one log callback per process: the client created
/// last is the one whose logger receives it, which in a host is the one client there is.
/// </summary>
internal static class NativeLlamaLog
{
    public static void RouteTo(ILogger logger) => NativeLogConfig.llama_log_set((level, message) => Write(logger, level, message));

    private static void Write(ILogger logger, LLamaLogLevel level, string message)
    {
        var text = message.TrimEnd();
        if (level == LLamaLogLevel.Continue || text.Length == 0)
        {
            return;
        }

        var ours = level switch
        {
            LLamaLogLevel.Error => LogLevel.Error,
            LLamaLogLevel.Warning => LogLevel.Warning,
            _ => LogLevel.Debug,
        };

        // Called from llama.cpp's threads: an exception here would end the process, and a log line is not worth that.
        try
        {
            logger.Log(ours, "llama.cpp: {Message}", text);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
        }
    }
}
