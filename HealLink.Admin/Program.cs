using HealLink.Admin;
using HealLink.Admin.Accounts;
using HealLink.Admin.Health;
using HealLink.Admin.Mentors;
using HealLink.Admin.People;
using HealLink.Admin.Safety;
using HealLink.Core.Hosting;
using HealLink.Core.Safety;
using HealLink.Core.Service.Logging;
using HealLink.Core.Storage;
using HealLink.Core.Vetting;

try
{
    if (args.Length > 0 && args[0] is MentorsCommand.Name or SafetyCommand.Name or PeopleCommand.Name or CreateAdminCommand.Name)
    {
        return await RunCoordinatorCommandAsync(args);
    }

    // Beside the binary, as the bot: its settings file and its static files, wherever it is started from (the
    // database path stays relative to the working folder, shared with the bot). From a build rather than a
    // publish, the stylesheet is found through the static web assets manifest, in every environment.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    builder.WebHost.UseStaticWebAssets();
    builder.AddHealLinkLogging();
    builder.Services.AddHealLinkStorage(builder.Configuration);
    builder.AddAdminHealthChecks();
    builder.AddAdminPanel();

    var app = builder.Build();
    app.Services.ValidateSettings();
    await app.Services.MigrateHealLinkDatabaseAsync();
    app.UseAdminPanel();
    app.MapAdminHealthChecks();
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (StartupProblem.Describe(exception) is { } problem)
{
    // A setting that cannot work gets one line naming it, as the bot does; a bug still gets its stack trace.
    await Console.Error.WriteLineAsync($"HealLink admin panel could not start: {problem}");
    return 2;
}

// `mentors …`, `safety …` and `people …`: coordinators' work from the command line, on the same database and settings as the
// panel (appsettings, environment variables and --Key=value options after the command's own words).
static async Task<int> RunCoordinatorCommandAsync(string[] args)
{
    var words = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
    var builder = Host.CreateApplicationBuilder(args.Skip(1 + words.Count).ToArray());
    builder.AddHealLinkLogging().Logging.SetMinimumLevel(LogLevel.Warning);
    builder.Services.AddHealLinkStorage(builder.Configuration).AddMentorVetting();
    if (args[0] == CreateAdminCommand.Name)
    {
        builder.Services.AddAdminAccounts(builder.Configuration, builder.Environment);
    }

    using var host = builder.Build();
    host.Services.ValidateSettings();
    await host.Services.MigrateHealLinkDatabaseAsync();
    var actor = $"cli:{Environment.UserName}";
    return args[0] switch
    {
        SafetyCommand.Name => await new SafetyCommand(host.Services.GetRequiredService<SafetyWatch>(), Console.Out).RunAsync(words, actor, CancellationToken.None),
        CreateAdminCommand.Name => await CreateAdminAsync(host.Services, words, actor),
        PeopleCommand.Name => await new PeopleCommand(host.Services.GetRequiredService<PersonSuspension>(), Console.Out).RunAsync(words, actor, CancellationToken.None),
        _ => await new MentorsCommand(host.Services.GetRequiredService<MentorVetting>(), Console.Out, TimeProvider.System).RunAsync(words, actor, CancellationToken.None),
    };
}

static async Task<int> CreateAdminAsync(IServiceProvider services, IReadOnlyList<string> words, string actor)
{
    await using var scope = services.CreateAsyncScope();
    var command = new CreateAdminCommand(scope.ServiceProvider.GetRequiredService<AdminAccounts>(), Console.In, Console.Out);
    return await command.RunAsync(words, actor, CancellationToken.None);
}

/// <summary>Entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
