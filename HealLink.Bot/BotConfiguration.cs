using HealLink.Core.Storage;

namespace HealLink.Bot;

/// <summary>Where the bot reads its configuration from; commands such as <c>models fetch</c> read the same.</summary>
internal static class BotConfiguration
{
    /// <summary>
    /// A builder with the bot's configuration sources (appsettings.json beside the binary, environment, user secrets in
    /// Development, command line) and no services yet.
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(string[] args, ConfigurationManager? configuration = null) =>
        Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            Configuration = configuration ?? new ConfigurationManager(),

            // appsettings.json is read from beside the binary; the database path stays relative to where the bot
            // is started, so the bot and the admin panel started from one folder share one file.
            ContentRootPath = AppContext.BaseDirectory,
        });

    /// <summary>A host with the bot's configuration and only its storage: no channel, model or job starts (commands).</summary>
    public static IHost StorageOnly(string[] args)
    {
        var builder = CreateBuilder(args);
        builder.Services.AddHealLinkStorage(builder.Configuration);
        return builder.Build();
    }
}
