using System.Text.Json;
using HealLink.Core.Service.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class ProcessStatusConfiguration : IEntityTypeConfiguration<ProcessStatus>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ProcessStatus> builder)
    {
        builder.ToTable("process_statuses");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(200);
        builder.Property(p => p.Host).HasMaxLength(64);
        builder.Property(p => p.Version).HasMaxLength(100);
        builder.Property(p => p.Embedder).HasMaxLength(200);
        builder.Property(p => p.EmbedderNote).HasMaxLength(1000);
        builder.Property(p => p.ReportInterval)
            .HasConversion(interval => (long)interval.TotalMilliseconds, milliseconds => TimeSpan.FromMilliseconds(milliseconds));

        // Read whole, written whole, never queried inside: one JSON column rather than a table of its own.
        builder.Property(p => p.Channels)
            .HasConversion(
                channels => JsonSerializer.Serialize(channels, Json),
                json => JsonSerializer.Deserialize<List<ChannelReport>>(json, Json) ?? new List<ChannelReport>(),
                new ValueComparer<List<ChannelReport>>(
                    (a, b) => a != null && b != null && a.SequenceEqual(b),
                    channels => channels.Aggregate(0, (hash, channel) => HashCode.Combine(hash, channel)),
                    channels => channels.ToList()));

        // Each report removes the rows of processes long gone.
        builder.HasIndex(p => p.LastSeenAt);
    }
}
