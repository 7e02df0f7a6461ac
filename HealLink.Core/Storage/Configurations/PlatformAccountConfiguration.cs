using HealLink.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class PlatformAccountConfiguration : IEntityTypeConfiguration<PlatformAccount>
{
    public void Configure(EntityTypeBuilder<PlatformAccount> builder)
    {
        builder.ToTable("platform_accounts");
        builder.Property(a => a.PlatformUserId).HasMaxLength(64);
        builder.Property(a => a.ChatId).HasMaxLength(64);
        builder.Property(a => a.UnreachableReason).HasMaxLength(200);
        builder.HasIndex(a => new { a.Platform, a.PlatformUserId }).IsUnique();
    }
}
