using HealLink.Core.Matching.Waiting;
using HealLink.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class MatchWaitConfiguration : IEntityTypeConfiguration<MatchWait>
{
    public void Configure(EntityTypeBuilder<MatchWait> builder)
    {
        builder.ToTable("match_waits");
        builder.HasKey(w => w.PersonId);
        builder.Property(w => w.PersonId).ValueGeneratedNever();
        builder.HasOne<Person>().WithMany().HasForeignKey(w => w.PersonId).OnDelete(DeleteBehavior.Cascade);

        // The notifier reads only those still waiting.
        builder.HasIndex(w => w.NotifiedAt);
    }
}
