using HealLink.Core.Storage.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class KeyCheckConfiguration : IEntityTypeConfiguration<KeyCheck>
{
    public void Configure(EntityTypeBuilder<KeyCheck> builder)
    {
        builder.ToTable("encryption_key_checks");
        builder.HasKey(c => c.KeyId);
        builder.Property(c => c.KeyId).HasMaxLength(64);
    }
}
