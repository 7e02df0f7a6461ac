using HealLink.Core.Connections;
using HealLink.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class ConnectionConfiguration : IEntityTypeConfiguration<Connection>
{
    public void Configure(EntityTypeBuilder<Connection> builder)
    {
        builder.ToTable("connections");
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.MenteeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.MentorId).OnDelete(DeleteBehavior.Cascade);

        // Both sides of a connection may act on it at once (an Accept and a Withdraw), in transactions that on
        // PostgreSQL run side by side (PostgresWriteLock): every transition moves UpdatedAt, so the second to save is
        // refused and handled again on what the first left.
        builder.Property(c => c.UpdatedAt).IsConcurrencyToken();

        // Matching counts a mentor's active mentees and a mentee's past requests on every search.
        builder.HasIndex(c => new { c.MentorId, c.State });
        builder.HasIndex(c => new { c.MenteeId, c.State });

        // The request job finds unanswered requests by age; retention finds ended connections by when they ended.
        builder.HasIndex(c => new { c.State, c.CreatedAt });
        builder.HasIndex(c => c.EndedAt);
    }
}
