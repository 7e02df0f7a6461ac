using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Storage.Encryption;

public static class EncryptionServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="EncryptionOptions"/> (validated at start-up, the key from <c>HEALLINK_ENCRYPTION_KEY</c>), the keys,
    /// the cipher the model's converters use, the start-up key check and the rotation's re-encryptor. Part of
    /// <c>AddHealLinkStorage</c>.
    /// </summary>
    public static IServiceCollection AddFieldEncryption(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<EncryptionOptions>()
            .Bind(configuration.GetSection(EncryptionOptions.SectionName))
            .Configure(options => options.Key = configuration[EncryptionOptions.KeyVariable])
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EncryptionOptions>, EncryptionOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KeySource>();
        services.TryAddSingleton<FieldCipher>();
        services.TryAddSingleton<KeyVerification>();
        services.TryAddSingleton<FieldReEncryptor>();
        return services;
    }
}
