using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;

namespace HealLink.Bot.Channels.LocalConsole;

/// <summary>
/// The local console channel's receiving side: reads what is typed, runs local commands (/as, /who, /quit) and
/// hands everything else to the pipeline as the current local person, exactly as a platform update would be.
/// </summary>
internal sealed partial class ConsoleChatService(
    ConsoleTerminal terminal,
    ShownMessages shown,
    InboundProcessor processor,
    LocalPeopleDirectory directory,
    IHostApplicationLifetime lifetime,
    ChannelStatuses statuses,
    TimeProvider timeProvider,
    ILogger<ConsoleChatService> logger) : BackgroundService
{
    /// <summary>How the health page names this channel.</summary>
    public const string ChannelName = "Console";

    // Long enough for a normal reply, short enough that a stuck delivery does not freeze the terminal.
    private static readonly TimeSpan _replyWait = TimeSpan.FromSeconds(10);

    // Console updates cannot be redelivered, but their ids must still be unique across runs: receipts persist.
    private readonly string _runId = Guid.NewGuid().ToString("N")[..12];
    private long _sequence;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        statuses.For(ChannelName).Healthy("chatting in this process's terminal");
        terminal.Note(ConsoleCopy.Banner(terminal.Current));
        while (!stoppingToken.IsCancellationRequested)
        {
            terminal.Prompt();
            var line = await terminal.ReadLineAsync(stoppingToken);
            var current = terminal.Current;
            switch (ConsoleInput.Parse(line, terminal.KeyboardOf(current)))
            {
                case ConsoleInput.Quit:
                    terminal.Note(ConsoleCopy.Goodbye);
                    lifetime.StopApplication();
                    return;
                case ConsoleInput.SwitchTo switchTo:
                    terminal.SwitchTo(switchTo.Person);
                    terminal.Note(ConsoleCopy.NowTypingAs(switchTo.Person));
                    break;
                case ConsoleInput.BadSwitch:
                    terminal.Note(ConsoleCopy.HowToSwitch);
                    break;
                case ConsoleInput.ListPeople:
                    terminal.Note(string.Join(Environment.NewLine, await directory.DescribeAsync(current, stoppingToken)));
                    break;
                case ConsoleInput.Message message:
                    await SendAsync(current, message.Content, stoppingToken);
                    break;
            }
        }
    }

    private async Task SendAsync(LocalPerson person, InboundContent content, CancellationToken cancellationToken)
    {
        var updateId = $"{_runId}-{++_sequence}";
        var inbound = new InboundMessage(
            new ChatAddress(Platform.Console, person.UserId), person.UserId, updateId, content, timeProvider.GetUtcNow());
        try
        {
            var outcome = await processor.ProcessAsync(inbound, cancellationToken);
            await shown.WaitUntilShownAsync(outcome.OutboxIds, _replyWait, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Nothing was committed, so nothing is lost but this one message; the person can simply send it again.
            LogNotHandled(logger, exception, updateId);
            terminal.Note(ConsoleCopy.NotSaved);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Console message {UpdateId} could not be handled")]
    private static partial void LogNotHandled(ILogger logger, Exception exception, string updateId);
}
