using HealLink.Core.Connections;
using HealLink.Core.Safety;
using HealLink.Core.Safety.Casework;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class SafetyNoteConfiguration : IEntityTypeConfiguration<SafetyNote>
{
    public void Configure(EntityTypeBuilder<SafetyNote> builder)
    {
        builder.ToTable("safety_notes");
        builder.HasOne<CrisisFlag>().WithMany().HasForeignKey(n => n.CrisisFlagId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Report>().WithMany().HasForeignKey(n => n.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.Author).HasMaxLength(200);

        // Read with their flag or report, oldest first.
        builder.HasIndex(n => n.CrisisFlagId);
        builder.HasIndex(n => n.ReportId);
    }
}
