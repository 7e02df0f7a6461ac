using HealLink.Core.Jobs.Leases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("job_leases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(64);
        builder.Property(l => l.Holder).HasMaxLength(200);
    }
}
