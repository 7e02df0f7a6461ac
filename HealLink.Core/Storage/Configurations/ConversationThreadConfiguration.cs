using HealLink.Core.Connections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class ConversationThreadConfiguration : IEntityTypeConfiguration<ConversationThread>
{
    public void Configure(EntityTypeBuilder<ConversationThread> builder)
    {
        builder.ToTable("conversation_threads");
        builder.HasKey(t => new { t.ConnectionId, t.Platform, t.ChatId });
        builder.HasOne<Connection>().WithMany().HasForeignKey(t => t.ConnectionId).OnDelete(DeleteBehavior.Cascade);

        // What someone writes in a topic is routed by the topic's id.
        builder.HasIndex(t => new { t.Platform, t.ChatId, t.ThreadId }).IsUnique();
    }
}
