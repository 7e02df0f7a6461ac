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
        builder.Property(p => p.ProcedureText).HasMaxLength(200);
        builder.Property(p => p.ProcedureDisplay).HasMaxLength(200);
        builder.Property(p => p.Hospital).HasMaxLength(200);
        builder.Property(p => p.Intro).HasMaxLength(2000);
        builder.Property(p => p.Availability).HasMaxLength(400);
        builder.Property(p => p.VettingNote).HasMaxLength(1000);
        builder.HasIndex(p => new { p.Role, p.VettingStatus });
    }
}
