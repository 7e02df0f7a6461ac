using HealLink.Core.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.Property(m => m.ChatId).HasMaxLength(64);
        builder.Property(m => m.ThreadId).HasMaxLength(64);
        builder.Property(m => m.PlatformMessageId).HasMaxLength(64);
        builder.Property(m => m.FailureReason).HasMaxLength(200);
        builder.Property(m => m.ClaimedBy).HasMaxLength(64);
        // The default is for rows written before version 8; EF always writes the value itself (no generated-value
        // sentinel for a bool, which EF would warn about at every start).
        builder.Property(m => m.EraseOnDelivery).HasDefaultValue(false).ValueGeneratedNever();

        // The dispatcher only ever reads undelivered rows, in id order; a partial index on id serves exactly that
        // read, so it stays small and ordered however many delivered rows accumulate.
        builder.HasIndex(m => m.Id)
            .HasFilter("sent_at IS NULL AND failed_at IS NULL")
            .HasDatabaseName("ix_outbox_messages_pending");

        // Erasing someone removes every queued or kept message that carries their words to another person.
        builder.HasIndex(m => m.AboutPersonId);

        // A reply is routed to the conversation of the message it replies to, found by the platform's id for it.
        builder.HasIndex(m => new { m.Platform, m.ChatId, m.PlatformMessageId });
    }
}
