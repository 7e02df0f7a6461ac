using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Service.Logging;

public static class LoggingHostBuilderExtensions
{
    /// <summary>
    /// The console log in the format <see cref="LoggingOptions.Format"/> names (JSON lines with their scopes, so each
    /// carries its correlation id), person pseudonyms, and no request logging on any HttpClient.
    /// </summary>
    public static IHostApplicationBuilder AddHealLinkLogging(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddPersonPseudonyms(builder.Configuration);
        services.AddOptions<ConsoleLoggerOptions>().Configure<IOptions<LoggingOptions>>((console, logging) =>
        {
            if (logging.Value.Format == LogFormat.Json)
            {
                console.FormatterName = ConsoleFormatterNames.Json;
            }
        });
        services.Configure<JsonConsoleFormatterOptions>(json =>
        {
            json.IncludeScopes = true;
            json.UseUtcTimestamp = true;
            json.TimestampFormat ??= "yyyy-MM-ddTHH:mm:ss.fffZ";
        });

        // HttpClient's own handlers log every request address at Information, and Telegram's carry the bot token in
        // their path. The channels log what went wrong themselves, with the token masked.
        services.ConfigureHttpClientDefaults(http => http.RemoveAllLoggers());
        return builder;
    }
}
