using HealLink.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class ProfileConfiguration : IEntityTypeConfiguration<Profile>
{
    public void Configure(EntityTypeBuilder<Profile> builder)
    {
        builder.ToTable("profiles");
        builder.HasKey(p => p.PersonId);
        builder.Property(p => p.RoleKind).HasDefaultValueSql("'Patient'").ValueGeneratedNever();
        builder.Property(p => p.DisplayName).HasMaxLength(64);
        builder.Property(p => p.TimeZone).HasMaxLength(64);
        builder.Property(p => p.VettingNote).HasMaxLength(1000);
        builder.HasIndex(p => new { p.Role, p.VettingStatus });
    }
}
