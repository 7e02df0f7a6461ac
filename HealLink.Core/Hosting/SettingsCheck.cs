using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Hosting;

/// <summary>Validates every options class registered to be validated at start-up, now.</summary>
public static class SettingsCheck
{
    /// <summary>
    /// The host would do this as it starts, but it logs the failure with a stack trace first; called before
    /// anything else runs, a setting that cannot work reaches the caller's one-line message alone, and before
    /// the database is touched or a model fetched.
    /// </summary>
    public static void ValidateSettings(this IServiceProvider services) =>
        services.GetService<IStartupValidator>()?.Validate();
}
