using HealLink.Admin.Health;
using HealLink.Core.Hosting;
using HealLink.Core.Storage;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Services.AddHealLinkStorage(builder.Configuration);
    builder.AddAdminHealthChecks();

    var app = builder.Build();
    app.Services.ValidateSettings();
    await app.Services.MigrateHealLinkDatabaseAsync();
    app.MapAdminHealthChecks();
    app.MapGet("/", () => "HealLink admin panel: coming in a later version. Health: /health");
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (StartupProblem.Describe(exception) is { } problem)
{
    // A setting that cannot work gets one line naming it, as the bot does; a bug still gets its stack trace.
    await Console.Error.WriteLineAsync($"HealLink admin panel could not start: {problem}");
    return 2;
}

/// <summary>Entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
