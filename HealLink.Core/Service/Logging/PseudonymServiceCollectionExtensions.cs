using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Service.Logging;

public static class PseudonymServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="PersonPseudonyms"/> with <see cref="LoggingOptions"/> validated at start-up; safe to call from every
    /// area that logs about a person.
    /// </summary>
    public static IServiceCollection AddPersonPseudonyms(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(PersonPseudonyms)))
        {
            return services;
        }

        services.AddOptions<LoggingOptions>()
            .Bind(configuration.GetSection(LoggingOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LoggingOptions>, LoggingOptionsValidator>());
        services.AddSingleton<PersonPseudonyms>();
        return services;
    }
}
