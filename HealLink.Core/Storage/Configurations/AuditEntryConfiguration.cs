using HealLink.Core.Vetting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(a => a.Actor).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.Reason).HasMaxLength(AuditEntry.MaxReasonLength);

        // Read newest first, and by the person a decision was about.
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.SubjectPersonId);
    }
}
