using HealLink.Core.Matching.Demo;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Bot.Demo;

/// <summary>
/// <c>--demo</c>: seed the fictional, labelled demo mentors at start-up so matching can be tried at once. A flag,
/// not a key=value setting, so it is taken out of the arguments before configuration reads them.
/// </summary>
public static class DemoOption
{
    public const string Flag = "--demo";

    private const string Key = "Demo:SeedMentors";

    public static string[] Apply(string[] args, IConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!args.Contains(Flag, StringComparer.OrdinalIgnoreCase))
        {
            return args;
        }

        configuration.AddInMemoryCollection([new(Key, "true")]);
        return [.. args.Where(a => !a.Equals(Flag, StringComparison.OrdinalIgnoreCase))];
    }

    public static async Task SeedIfAskedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!services.GetRequiredService<IConfiguration>().GetValue<bool>(Key))
        {
            return;
        }

        await using var db = await services.GetRequiredService<IDbContextFactory<HealLinkDbContext>>().CreateDbContextAsync(cancellationToken);
        var added = await DemoSeeder.SeedAsync(db, TimeProvider.System.GetUtcNow(), cancellationToken);
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoOption))
            .LogWarning("Demo mode: {Added} fictional mentors added (labelled \"(demo)\"); do not use this database for real people", added);
    }
}
