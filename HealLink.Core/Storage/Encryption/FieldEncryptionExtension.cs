using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Storage.Encryption;

/// <summary>
/// Carries this application's <see cref="FieldCipher"/> to <see cref="HealLinkDbContext"/>'s model. The model is
/// built once per cipher (<see cref="FieldEncryptionModelCacheKeyFactory"/>): its converters hold the cipher, and two
/// hosts in one process (tests, the benchmarks) may use different keys.
/// </summary>
internal sealed class FieldEncryptionExtension(FieldCipher cipher) : IDbContextOptionsExtension
{
    public FieldCipher Cipher => cipher;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public static FieldCipher? CipherOf(DbContext context) =>
        context.GetService<IDbContextOptions>().FindExtension<FieldEncryptionExtension>()?.Cipher;

    // No services of its own: EF's internal services are shared by every cipher.
    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "FieldEncryption ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["FieldEncryption"] = "1";
    }
}
