using System.Reflection;
using HealLink.Bot.Channels;
using HealLink.Core.Jobs.IdleModels;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Embeddings.MiniLm;
using HealLink.Core.Service.Health;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Status;

/// <summary>
/// Tells the admin panel, every <see cref="ProcessStatusOptions.ReportInterval"/>, that this bot process is alive:
/// its channels and how each is doing, the embedder it loaded, its in-process models, its memory. On a clean stop it
/// says so, so the panel shows it stopped rather than gone. A report that cannot be written is logged and the next one
/// tries again. The answer to a report carries an admin's "Unload the model now", obeyed at once and reported again.
/// </summary>
internal sealed partial class ProcessStatusReporter(
    ProcessStatusWriter writer,
    BotInstances instances,
    ChannelStatuses channels,
    IEnumerable<IInProcessModel> models,
    IServiceProvider services,
    IOptions<ProcessStatusOptions> options,
    TimeProvider timeProvider,
    ILogger<ProcessStatusReporter> logger) : BackgroundService
{
    private const int MaxVersionLength = 100;

    private (string? Embedder, string? Note)? _embedder;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReportInterval, timeProvider);
        do
        {
            await ReportOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await writer.StoppedAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The panel will call this process gone instead of stopped once its reports stop.
            LogNotReported(logger, exception, exception.GetType().Name);
        }
    }

    private async Task ReportOnceAsync(CancellationToken cancellationToken)
    {
        var instructions = await TryReportAsync(cancellationToken);
        if (instructions.UnloadModels)
        {
            foreach (var model in models)
            {
                await model.UnloadAsync(cancellationToken);
            }

            LogUnloadedAsAsked(logger);

            // At once, so the page shows the memory given back without waiting a whole interval.
            await TryReportAsync(cancellationToken);
        }
    }

    private async Task<ProcessInstructions> TryReportAsync(CancellationToken cancellationToken)
    {
        var (embedder, note) = _embedder ??= DescribeEmbedder();
        var report = new ProcessReport(
            [.. channels.All.Select(c => c.Current)],
            embedder,
            note,
            Environment.WorkingSet,
            Version(),
            [.. models.Select(m => m.Describe())]);
        try
        {
            var instructions = await writer.ReportAsync(report, cancellationToken);

            // Counted with each report, so a process that starts or dies changes every other's share within an interval.
            instances.Update(await writer.CountRunningAsync(cancellationToken));
            return instructions;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNotReported(logger, exception, exception.GetType().Name);
            return ProcessInstructions.None;
        }
    }

    // Resolved at the first report, after start-up chose it: the choice never changes while the process runs.
    private (string?, string?) DescribeEmbedder()
    {
        if (services.GetService<IEmbedder>() is not { } embedder)
        {
            return (null, null);
        }

        var choice = services.GetService<EmbedderChoice>();
        var note = choice is not null && ReferenceEquals(choice.Embedder, MeasuredEmbedder.Unwrap(embedder)) ? choice.WhyNotTheModel : null;
        return ($"{embedder.Id} ({embedder.Dimensions} dimensions)", note);
    }

    private static string? Version()
    {
        var version = typeof(ProcessStatusReporter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return version is { Length: > MaxVersionLength } ? version[..MaxVersionLength] : version;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Unloaded this process's in-process models, as an admin asked on the health page")]
    private static partial void LogUnloadedAsAsked(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not report this process's status to the admin panel ({ExceptionType}); trying again shortly")]
    private static partial void LogNotReported(ILogger logger, Exception exception, string exceptionType);
}
