using HealLink.Core.Connections;
using HealLink.Core.Conversations;
using HealLink.Core.Jobs.History;
using HealLink.Core.Jobs.Leases;
using HealLink.Core.Matching;
using HealLink.Core.Matching.Waiting;
using HealLink.Core.People;
using HealLink.Core.Pipeline;
using HealLink.Core.Safety;
using HealLink.Core.Safety.Casework;
using HealLink.Core.Service.Health;
using HealLink.Core.Storage.Encryption;
using HealLink.Core.Vetting;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Storage;

/// <summary>The one database the bot and the admin panel share.</summary>
public sealed class HealLinkDbContext(DbContextOptions<HealLinkDbContext> options) : DbContext(options)
{
    public DbSet<Person> People => Set<Person>();

    public DbSet<PlatformAccount> PlatformAccounts => Set<PlatformAccount>();

    public DbSet<Profile> Profiles => Set<Profile>();

    public DbSet<ConversationState> ConversationStates => Set<ConversationState>();

    public DbSet<InboundReceipt> InboundReceipts => Set<InboundReceipt>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<Connection> Connections => Set<Connection>();

    public DbSet<RelayedMessage> RelayedMessages => Set<RelayedMessage>();

    public DbSet<ConversationThread> ConversationThreads => Set<ConversationThread>();

    public DbSet<ConnectionRating> ConnectionRatings => Set<ConnectionRating>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<CrisisFlag> CrisisFlags => Set<CrisisFlag>();

    public DbSet<ProfileVector> ProfileVectors => Set<ProfileVector>();

    public DbSet<MatchWait> MatchWaits => Set<MatchWait>();

    public DbSet<JobLease> JobLeases => Set<JobLease>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SafetyNote> SafetyNotes => Set<SafetyNote>();

    public DbSet<JobExecution> JobExecutions => Set<JobExecution>();

    public DbSet<ProcessStatus> ProcessStatuses => Set<ProcessStatus>();

    public DbSet<KeyCheck> KeyChecks => Set<KeyCheck>();

    /// <summary>
    /// On PostgreSQL, what the write transactions this context begins wait for (<see cref="PostgresWriteLock"/>): by
    /// default every other one, as on SQLite; with a key, only others with the same key and those without one. Set it
    /// before beginning a transaction whose rows no other key's transaction writes (one chat's update, one claimed
    /// outbox row).
    /// </summary>
    public string? WriteKey { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HealLinkDbContext).Assembly);
        SnakeCaseNaming.Apply(modelBuilder);

        // Without a cipher (a context made straight from the model, in tests) the stored text is read as it is.
        if (FieldEncryptionExtension.CipherOf(this) is { } cipher)
        {
            EncryptedColumns.Apply(modelBuilder, cipher);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as their names: readable in the database and safe when members are added or reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);

        // SQLite has no timestamp type and EF cannot compare DateTimeOffset there; Unix milliseconds sort and
        // compare correctly in SQL on every provider.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
    }
}
