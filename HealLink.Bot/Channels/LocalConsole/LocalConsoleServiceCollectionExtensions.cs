using System.Text;
using HealLink.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;

namespace HealLink.Bot.Channels.LocalConsole;

public static class LocalConsoleServiceCollectionExtensions
{
    /// <summary>
    /// The local console channel: a chat in this terminal against the real pipeline and database. The terminal
    /// belongs to the chat, so logs go to standard error and only warnings and errors are shown.
    /// </summary>
    public static IHostApplicationBuilder AddLocalConsoleChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(_ => TerminalStreams());
        builder.Services.AddSingleton<ConsoleTerminal>();
        builder.Services.AddSingleton<ShownMessages>();
        builder.Services.AddSingleton<LocalPeopleDirectory>();
        builder.Services.AddSingleton<IChannelSender, ConsoleSender>();
        builder.Services.AddHostedService<ConsoleChatService>();

        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(level => level >= LogLevel.Warning);
        return builder;
    }

    private static ConsoleStreams TerminalStreams()
    {
        // People type and read emoji and accents.
        Console.InputEncoding = Encoding.UTF8;
        Console.OutputEncoding = Encoding.UTF8;
        return new ConsoleStreams(Console.In, Console.Out);
    }
}
