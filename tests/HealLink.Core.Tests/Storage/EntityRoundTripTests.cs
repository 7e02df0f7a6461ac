using System.Text.Json;
using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.Storage;

public sealed class EntityRoundTripTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeMilliseconds(1_740_000_000_123);

    [Fact]
    public async Task SaveChanges_EveryEntityFullyFilled_ReadsBackEqual()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var person = FilledPerson();
        var state = new ConversationState
        {
            Mode = ConversationMode.Editing,
            StepKey = "interests",
            Version = 7,
            PendingSelection = ["music", "walks"],
            UpdatedAt = At,
        };
        var receipt = new InboundReceipt { Platform = Platform.Discord, UpdateId = "1234567890123", ReceivedAt = At };
        var message = FilledOutboxMessage();

        await using (var sut = database.Contexts.CreateDbContext())
        {
            sut.People.Add(person);
            await sut.SaveChangesAsync();
            state.PersonId = person.Id;
            sut.AddRange(state, receipt, message);
            await sut.SaveChangesAsync();
        }

        await using var reader = database.Contexts.CreateDbContext();
        Assert.Equal(Json(person), Json(await reader.People.Include(p => p.Accounts).Include(p => p.Profile).SingleAsync()));
        Assert.Equal(Json(state), Json(await reader.ConversationStates.SingleAsync()));
        Assert.Equal(Json(receipt), Json(await reader.InboundReceipts.SingleAsync()));
        Assert.Equal(Json(message), Json(await reader.OutboxMessages.SingleAsync()));
    }

    [Fact]
    [Trait("Database", "Sqlite")] // SQLite stores lists as JSON text; PostgreSQL as text[]
    public async Task SaveChanges_EnumsListsAndTimes_StoredAsNamesJsonAndUnixMilliseconds()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await using (var sut = database.Contexts.CreateDbContext())
        {
            sut.People.Add(FilledPerson());
            sut.OutboxMessages.Add(FilledOutboxMessage());
            await sut.SaveChangesAsync();
        }

        var file = database.File;
        Assert.Equal(
            "Mentor OneToThreeYearsAgo From45To59 NonBinary PreferNotToSay Approved",
            await file.ScalarAsync<string>(
                "SELECT concat_ws(' ', role, stage, age_range, gender, gender_preference, vetting_status) FROM profiles"));
        Assert.Equal("""["en","de"]""", await file.ScalarAsync<string>("SELECT languages FROM profiles"));
        Assert.Equal(At.ToUnixTimeMilliseconds(), await file.ScalarAsync<long>("SELECT consented_at FROM profiles"));
        Assert.Equal("Telegram", await file.ScalarAsync<string>("SELECT platform FROM platform_accounts"));
        Assert.Equal("Typing", await file.ScalarAsync<string>("SELECT kind FROM outbox_messages"));
        Assert.Equal("integer", await file.ScalarAsync<string>("SELECT typeof(next_attempt_at) FROM outbox_messages"));
    }

    [Fact]
    [Trait("Database", "Sqlite")] // reads the JSON text SQLite stores a list as
    public async Task SaveChanges_OptionalFieldsEmpty_ReadBackAsNullAndEmptyLists()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var person = new Person
        {
            CreatedAt = At,
            Accounts =
            [
                new PlatformAccount { Platform = Platform.Console, PlatformUserId = "local", ChatId = "local", CreatedAt = At },
            ],
            Profile = new Profile { UpdatedAt = At },
        };
        var message = new OutboxMessage
        {
            Platform = Platform.Console, ChatId = "local", Text = "Hi", CreatedAt = At, NextAttemptAt = At,
        };
        await using (var sut = database.Contexts.CreateDbContext())
        {
            sut.AddRange(person, message);
            await sut.SaveChangesAsync();
        }

        await using var reader = database.Contexts.CreateDbContext();
        Assert.Equal(Json(person), Json(await reader.People.Include(p => p.Accounts).Include(p => p.Profile).SingleAsync()));
        Assert.Equal(Json(message), Json(await reader.OutboxMessages.SingleAsync()));
        Assert.Equal(
            "[]",
            await database.File.ScalarAsync<string>("SELECT help_topics FROM profiles WHERE role IS NULL AND consented_at IS NULL"));
    }

    [Fact]
    public async Task SaveChanges_TimeWithOffset_ReadsBackAsSameInstantInUtc()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var local = new DateTimeOffset(2025, 6, 1, 14, 0, 0, 5, TimeSpan.FromHours(2));
        await using (var sut = database.Contexts.CreateDbContext())
        {
            sut.People.Add(new Person { CreatedAt = local });
            await sut.SaveChangesAsync();
        }

        await using var reader = database.Contexts.CreateDbContext();
        var stored = (await reader.People.SingleAsync()).CreatedAt;
        Assert.Equal(local.UtcDateTime, stored.UtcDateTime);
        Assert.Equal(TimeSpan.Zero, stored.Offset);
    }

    private static Person FilledPerson() => new()
    {
        CreatedAt = At,
        Accounts =
        [
            new PlatformAccount
            {
                Platform = Platform.Telegram, PlatformUserId = "100200300", ChatId = "100200300", CreatedAt = At,
                UnreachableSince = At.AddDays(3), UnreachableReason = "blocked",
            },
        ],
        Profile = new Profile
        {
            ConsentedAt = At, Role = Role.Mentor, DisplayName = "Sam", ProcedureText = "knee replacement, left",
            ProcedureDisplay = "Knee replacement, left", Stage = Stage.OneToThreeYearsAgo, AgeRange = AgeRange.From45To59,
            Gender = Gender.NonBinary, GenderPreference = Gender.PreferNotToSay, Languages = ["en", "de"], Hospital = "St Mary's",
            Interests = ["walking", "chess"], Intro = "Happy to talk about the first weeks.", HelpTopics = ["pain", "rehab"],
            Capacity = 5, Availability = "evenings", VettingStatus = VettingStatus.Approved, VettingNote = "checked",
            CompletedAt = At.AddMinutes(10), UpdatedAt = At.AddMinutes(11),
        },
    };

    private static OutboxMessage FilledOutboxMessage() => new()
    {
        Platform = Platform.Telegram, ChatId = "100200300", ThreadId = "7", Kind = OutboundKind.Typing, Text = "…",
        ButtonsJson = """[[{"label":"Yes","data":"y"}]]""", CreatedAt = At, Attempts = 2, NextAttemptAt = At.AddSeconds(30),
        SentAt = At.AddSeconds(31), PlatformMessageId = "555", FailedAt = At.AddHours(1), FailureReason = "gave up",
    };

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
