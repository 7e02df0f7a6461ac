using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Pipeline;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HealLink.Core.Tests.Storage;

public sealed class ConstraintTests
{
    private const string ForeignKey = "foreign key";
    private const string PrimaryKey = "primary key";
    private const string Unique = "unique";

    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeMilliseconds(1_740_000_000_000);

    [Fact]
    public async Task SaveChanges_SamePlatformUserTwice_ViolatesUniqueIndex()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await AddPersonAsync(database, Account(Platform.Telegram, "42"));

        var exception = await Assert.ThrowsAsync<DbUpdateException>(
            () => AddPersonAsync(database, Account(Platform.Telegram, "42")));

        Assert.Equal(Unique, Violated(exception));
    }

    [Fact]
    public async Task SaveChanges_SameUserIdOnAnotherPlatform_IsAllowed()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await AddPersonAsync(database, Account(Platform.Telegram, "42"));

        await AddPersonAsync(database, Account(Platform.Discord, "42"));

        Assert.Equal(2, await database.File.ScalarAsync<long>("SELECT count(*) FROM platform_accounts"));
    }

    [Fact]
    public async Task SaveChanges_SameUpdateReceivedTwice_ViolatesPrimaryKey()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await AddReceiptAsync(database, Platform.Telegram, "1001");

        var exception = await Assert.ThrowsAsync<DbUpdateException>(
            () => AddReceiptAsync(database, Platform.Telegram, "1001"));

        Assert.Equal(PrimaryKey, Violated(exception));
    }

    [Fact]
    public async Task SaveChanges_SameUpdateIdOnAnotherPlatform_IsAllowed()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await AddReceiptAsync(database, Platform.Telegram, "1001");

        await AddReceiptAsync(database, Platform.Discord, "1001");

        Assert.Equal(2, await database.File.ScalarAsync<long>("SELECT count(*) FROM inbound_receipts"));
    }

    [Fact]
    public async Task SaveChanges_AccountOfMissingPerson_ViolatesForeignKey()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await using var sut = database.Contexts.CreateDbContext();
        var account = Account(Platform.Telegram, "42");
        account.PersonId = 999;
        sut.PlatformAccounts.Add(account);

        var exception = await Assert.ThrowsAsync<DbUpdateException>(() => sut.SaveChangesAsync());

        Assert.Equal(ForeignKey, Violated(exception));
    }

    [Fact]
    public async Task DeletePerson_InSql_CascadesToAccountsProfileAndState()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var personId = await AddPersonAsync(database, Account(Platform.Telegram, "42"));
        await using var sut = database.Contexts.CreateDbContext();
        sut.ConversationStates.Add(new ConversationState { PersonId = personId, Mode = ConversationMode.Idle, UpdatedAt = At });
        await sut.SaveChangesAsync();

        await sut.Database.ExecuteSqlAsync($"DELETE FROM people WHERE id = {personId}");

        Assert.Equal(0, await database.File.ScalarAsync<long>("SELECT count(*) FROM platform_accounts"));
        Assert.Equal(0, await database.File.ScalarAsync<long>("SELECT count(*) FROM profiles"));
        Assert.Equal(0, await database.File.ScalarAsync<long>("SELECT count(*) FROM conversation_states"));
    }

    [Fact]
    public async Task SaveChanges_StaleConversationVersion_ThrowsConcurrencyException()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var personId = await AddPersonAsync(database, Account(Platform.Telegram, "42"));
        await using (var setup = database.Contexts.CreateDbContext())
        {
            setup.ConversationStates.Add(
                new ConversationState { PersonId = personId, Mode = ConversationMode.Onboarding, Version = 1, UpdatedAt = At });
            await setup.SaveChangesAsync();
        }

        await using var first = database.Contexts.CreateDbContext();
        await using var sut = database.Contexts.CreateDbContext();
        var winner = await first.ConversationStates.SingleAsync();
        var stale = await sut.ConversationStates.SingleAsync();
        winner.StepKey = "role";
        winner.Version++;
        await first.SaveChangesAsync();
        stale.StepKey = "display_name";
        stale.Version++;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => sut.SaveChangesAsync());

        Assert.Equal("role", await database.File.ScalarAsync<string>("SELECT step_key FROM conversation_states"));
    }

    /// <summary>Which kind of constraint the database refused the write for, in either provider's words.</summary>
    private static string Violated(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteExtendedErrorCode: 787 } => ForeignKey,
        SqliteException { SqliteExtendedErrorCode: 1555 } => PrimaryKey,
        SqliteException { SqliteExtendedErrorCode: 2067 } => Unique,
        PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } => ForeignKey,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: var name } when name!.StartsWith("pk_", StringComparison.Ordinal) => PrimaryKey,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => Unique,
        var other => $"something else: {other}",
    };

    private static PlatformAccount Account(Platform platform, string userId) =>
        new() { Platform = platform, PlatformUserId = userId, ChatId = userId, CreatedAt = At };

    private static async Task<long> AddPersonAsync(MigratedDatabase database, PlatformAccount account)
    {
        await using var context = database.Contexts.CreateDbContext();
        var person = new Person { CreatedAt = At, Accounts = [account], Profile = new Profile { UpdatedAt = At } };
        context.People.Add(person);
        await context.SaveChangesAsync();
        return person.Id;
    }

    private static async Task AddReceiptAsync(MigratedDatabase database, Platform platform, string updateId)
    {
        await using var context = database.Contexts.CreateDbContext();
        context.InboundReceipts.Add(new InboundReceipt { Platform = platform, UpdateId = updateId, ReceivedAt = At });
        await context.SaveChangesAsync();
    }
}
