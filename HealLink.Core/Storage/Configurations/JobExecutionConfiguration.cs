using HealLink.Core.Jobs.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class JobExecutionConfiguration : IEntityTypeConfiguration<JobExecution>
{
    public void Configure(EntityTypeBuilder<JobExecution> builder)
    {
        builder.ToTable("job_executions");
        builder.Property(r => r.Scheduler).HasMaxLength(120);
        builder.Property(r => r.JobGroup).HasMaxLength(150);
        builder.Property(r => r.JobName).HasMaxLength(150);
        builder.Property(r => r.Trigger).HasMaxLength(250);
        builder.Property(r => r.ProcessId).HasMaxLength(200);
        builder.Property(r => r.FailureType).HasMaxLength(200);
        builder.Property(r => r.FailureMessage).HasMaxLength(JobExecution.MaxFailureMessageLength);

        // A job's newest run of each outcome, and the prune's cut-off for each: every entry ends with the row id, so
        // this index also orders them newest first.
        builder.HasIndex(r => new { r.JobGroup, r.JobName, r.Outcome });
    }
}
