using HealLink.Core.Connections;
using HealLink.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class RelayedMessageConfiguration : IEntityTypeConfiguration<RelayedMessage>
{
    public void Configure(EntityTypeBuilder<RelayedMessage> builder)
    {
        builder.ToTable("relayed_messages");
        builder.HasOne<Connection>().WithMany().HasForeignKey(m => m.ConnectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.SenderId).OnDelete(DeleteBehavior.Cascade);

        // A report copies a conversation's last messages; retention deletes an ended conversation's.
        builder.HasIndex(m => new { m.ConnectionId, m.Id });
        builder.HasIndex(m => new { m.SenderId, m.SourceMessageId });
    }
}
