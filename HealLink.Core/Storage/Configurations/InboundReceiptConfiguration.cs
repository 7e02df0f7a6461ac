using HealLink.Core.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class InboundReceiptConfiguration : IEntityTypeConfiguration<InboundReceipt>
{
    public void Configure(EntityTypeBuilder<InboundReceipt> builder)
    {
        builder.ToTable("inbound_receipts");
        builder.HasKey(r => new { r.Platform, r.UpdateId });
        builder.Property(r => r.UpdateId).HasMaxLength(64);
        builder.HasIndex(r => r.ReceivedAt);
    }
}
