using HealLink.Core.Connections;
using HealLink.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class ConnectionRatingConfiguration : IEntityTypeConfiguration<ConnectionRating>
{
    public void Configure(EntityTypeBuilder<ConnectionRating> builder)
    {
        builder.ToTable("connection_ratings");
        builder.HasOne<Connection>().WithMany().HasForeignKey(r => r.ConnectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);

        // One rating per person per connection: pressing a star twice changes it.
        builder.HasIndex(r => new { r.ConnectionId, r.PersonId }).IsUnique();
        builder.HasIndex(r => r.PersonId);
    }
}
