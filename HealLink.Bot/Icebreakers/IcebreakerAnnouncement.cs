using HealLink.Core.Icebreakers;
using HealLink.Core.Icebreakers.LlamaSharp;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Icebreakers;

/// <summary>
/// Says once, at start-up, what writes the icebreakers: the template, the operator's server, or the in-process
/// model (whose file is checked now, so a wrong path shows here rather than as every icebreaker quietly falling
/// back to the template).
/// </summary>
internal sealed partial class IcebreakerAnnouncement(IOptions<LlmOptions> options, ILoggerFactory loggers, ILogger<IcebreakerAnnouncement> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        switch (settings.Provider)
        {
            case LlmProvider.LlamaSharp:
                var check = LlamaSharpStartupCheck.Run(settings, loggers.CreateLogger("LLamaSharp"));
                if (check.Usable)
                {
                    LogModel(logger, check.Line);
                }
                else
                {
                    LogModelUnusable(logger, check.Line);
                }

                break;
            case LlmProvider.OpenAiCompatible:
                // The host only: a configured address may carry credentials in its user-info part.
                LogServer(logger, settings.Model ?? "", settings.BaseUrl?.Host ?? "");
                break;
            default:
                LogTemplate(logger);
                break;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "{Line}")]
    private static partial void LogModel(ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Line}")]
    private static partial void LogModelUnusable(ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Information, Message = "Icebreakers: written by {Model} on the server at {Host}, checked, with a template as fallback")]
    private static partial void LogServer(ILogger logger, string model, string host);

    [LoggerMessage(Level = LogLevel.Information, Message = "Icebreakers: written from a template (no language model configured; see Llm:Provider)")]
    private static partial void LogTemplate(ILogger logger);
}
