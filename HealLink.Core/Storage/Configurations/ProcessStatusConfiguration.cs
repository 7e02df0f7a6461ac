using System.Text.Json;
using HealLink.Core.Service.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

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
        builder.Property(p => p.Channels).HasConversion(JsonList<ChannelReport>.Converter, JsonList<ChannelReport>.Comparer);

        // The default is for rows written before version 14 (SQLite adds a NOT NULL column only with one); EF always
        // writes the list itself.
        builder.Property(p => p.Models)
            .HasConversion(JsonList<ModelReport>.Converter, JsonList<ModelReport>.Comparer)
            .HasDefaultValueSql("'[]'");

        // Each report removes the rows of processes long gone.
        builder.HasIndex(p => p.LastSeenAt);
    }

    /// <summary>A list of records stored as one JSON array, compared item by item.</summary>
    private static class JsonList<T>
    {
        public static ValueConverter<List<T>, string> Converter { get; } = new(
            items => JsonSerializer.Serialize(items, Json),
            json => JsonSerializer.Deserialize<List<T>>(json, Json) ?? new List<T>());

        public static ValueComparer<List<T>> Comparer { get; } = new(
            (a, b) => a != null && b != null && a.SequenceEqual(b),
            items => items.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
            items => items.ToList());
    }
}
