using HealLink.Core.Hosting;
using HealLink.Bot.Channels;
using HealLink.Bot.Demo;
using HealLink.Bot.Health;
using HealLink.Bot.Jobs;
using HealLink.Bot.Models;
using HealLink.Bot.Pipeline;
using HealLink.Bot.Status;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Service.Logging;
using HealLink.Core.Storage;

namespace HealLink.Bot;

/// <summary>The bot's composition, shared by Program and the tests that run the whole bot in-process.</summary>
public static class BotHost
{
    public static HostApplicationBuilder CreateBuilder(string[] args)
    {
        var configuration = new ConfigurationManager();
        args = DemoOption.Apply(args, configuration);
        var builder = BotConfiguration.CreateBuilder(args, configuration);
        builder.AddHealLinkLogging();
        builder.Services.AddSingleton<FatalStop>();
        builder.Services.AddHealLinkStorage(builder.Configuration);
        builder.AddHealthAndMetrics();
        builder.AddPipeline();
        builder.AddJobs();
        builder.AddChannels();
        builder.AddModels();
        builder.AddProcessStatus();
        return builder;
    }

    /// <summary>Migrates the database and runs until stopped; returns the process exit code.</summary>
    public static async Task<int> RunAsync(Func<HostApplicationBuilder> createBuilder, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(createBuilder);
        ArgumentNullException.ThrowIfNull(errors);
        try
        {
            using var host = createBuilder().Build();
            host.Services.ValidateSettings();

            // Before anything resolves the embedder, so files fetched now are the ones it finds.
            await ModelsOnStart.FetchIfAskedAsync(host.Services, errors, CancellationToken.None);

            // Chosen here rather than by the first service that needs it as the host starts, which would log a
            // required model that cannot load with a stack trace before this method could say it in one line.
            host.Services.GetRequiredService<IEmbedder>();
            await host.Services.MigrateHealLinkDatabaseAsync();
            await DemoOption.SeedIfAskedAsync(host.Services, CancellationToken.None);

            // Resolved first: RunAsync disposes the host when it ends.
            var fatalStop = host.Services.GetRequiredService<FatalStop>();
            await host.RunAsync();
            if (fatalStop.Reason is { } reason)
            {
                await errors.WriteLineAsync($"HealLink stopped: {reason}");
                return 2;
            }

            return 0;
        }
        catch (Exception exception) when (StartupProblem.Describe(exception) is { } problem)
        {
            await errors.WriteLineAsync($"HealLink could not start: {problem}");
            return 2;
        }
    }
}
