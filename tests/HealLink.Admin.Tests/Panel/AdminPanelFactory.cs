using HealLink.Admin.Accounts;
using HealLink.Core.Storage;
using HealLink.Core.Tests.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Admin.Tests.Panel;

/// <summary>
/// The panel as <c>Program</c> composes it, on a database of its own (<see cref="TestDatabase"/>: SQLite, or PostgreSQL on
/// the suite's PostgreSQL leg), with helpers to make
/// accounts, seed what the bot would have stored, and sign in over HTTP.
/// </summary>
public sealed class AdminPanelFactory : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery staple";

    private readonly TestDatabase _database = new();
    private readonly Dictionary<string, string?> _settings = [];
    private readonly string _environment;

    public AdminPanelFactory(string environment = "Development", IDictionary<string, string?>? settings = null)
    {
        _environment = environment;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>Services added after the panel's own, such as a logger provider that records what it logs.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _database.Settings)
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is { } testServices)
        {
            builder.ConfigureServices(testServices);
        }
    }

    public async Task<HealLinkDbContext> DatabaseAsync()
    {
        _ = Server; // starts the panel, which migrates the database
        return await Services.GetRequiredService<IDbContextFactory<HealLinkDbContext>>().CreateDbContextAsync();
    }

    public async Task CreateAccountAsync(string email, string role = AdminRoles.Admin)
    {
        _ = Server;
        await using var scope = Services.CreateAsyncScope();
        var problem = await scope.ServiceProvider.GetRequiredService<AdminAccounts>().CreateAsync(email, Password, role, "test", CancellationToken.None);
        Assert.Null(problem);
    }

    /// <summary>A browser-like client: it keeps cookies and does not follow redirects, so tests see them.</summary>
    public PanelClient NewClient(Uri? baseAddress = null) =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = baseAddress ?? new Uri("http://localhost") }));

    public async Task<PanelClient> SignedInAsync(string email, string role = AdminRoles.Admin)
    {
        await CreateAccountAsync(email, role);
        var client = NewClient();
        var response = await client.SignInAsync(email, Password);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_database.DirectoryPath))
        {
            _database.Dispose();
        }
    }
}
