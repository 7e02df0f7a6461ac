using HealLink.Admin.Health;
using HealLink.Core.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHealLinkStorage(builder.Configuration);
builder.AddAdminHealthChecks();

var app = builder.Build();
await app.Services.MigrateHealLinkDatabaseAsync();
app.MapAdminHealthChecks();
app.MapGet("/", () => "HealLink admin panel: coming in a later version. Health: /health");
await app.RunAsync();

/// <summary>Entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
