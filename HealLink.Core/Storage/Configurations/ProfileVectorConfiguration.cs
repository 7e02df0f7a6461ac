using HealLink.Core.Matching;
using HealLink.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class ProfileVectorConfiguration : IEntityTypeConfiguration<ProfileVector>
{
    public void Configure(EntityTypeBuilder<ProfileVector> builder)
    {
        builder.ToTable("profile_vectors");
        builder.HasKey(v => new { v.PersonId, v.EmbedderId });
        builder.HasOne<Person>().WithMany().HasForeignKey(v => v.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.EmbedderId).HasMaxLength(64);
        builder.Property(v => v.TextHash).HasMaxLength(64);

        // The index loads one embedder's vectors at start-up, then reads those written since a revision.
        builder.HasIndex(v => new { v.EmbedderId, v.Revision });
    }
}
