using HealLink.Core.Connections;
using HealLink.Core.People;
using HealLink.Core.Safety;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class CrisisFlagConfiguration : IEntityTypeConfiguration<CrisisFlag>
{
    public void Configure(EntityTypeBuilder<CrisisFlag> builder)
    {
        builder.ToTable("crisis_flags");
        builder.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Connection>().WithMany().HasForeignKey(f => f.ConnectionId).OnDelete(DeleteBehavior.SetNull);

        // Coordinators see the new ones first.
        builder.HasIndex(f => new { f.Status, f.CreatedAt });
        builder.HasIndex(f => f.PersonId);
        builder.HasIndex(f => f.ConnectionId);
    }
}
