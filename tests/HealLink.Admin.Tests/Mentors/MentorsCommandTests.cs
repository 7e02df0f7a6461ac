using System.Diagnostics;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Admin.Tests.Mentors;

/// <summary>
/// The real admin process's <c>mentors</c> command on a SQLite file, as a coordinator runs it beside the bot: the
/// queue, a decision, and the message it leaves in the outbox for the bot to deliver.
/// </summary>
public sealed class MentorsCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("heallink-mentors-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_directory, "heallink.db")};Pooling=False";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Mentors_ListThenApprove_ThePendingMentorIsApprovedAndTheirMessageWaitsInTheOutbox()
    {
        var (empty, _) = await RunAsync();
        var mentorId = await SeedPendingMentorAsync("Rosa", "tg-chat-881");

        var (queue, listed) = await RunAsync();
        var (approved, exit) = await RunAsync("approve", mentorId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal("No mentor is waiting for review.", empty.Trim());
        Assert.Equal(0, listed);
        Assert.StartsWith($"{mentorId}\tRosa\tKidney transplant\tMoreThanThreeYearsAgo\twaiting 3 days", queue.Trim(), StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.Contains("is now Approved", approved, StringComparison.Ordinal);
        await using var db = Context();
        Assert.Equal(VettingStatus.Approved, (await db.Profiles.SingleAsync()).VettingStatus);
        var message = await db.OutboxMessages.SingleAsync();
        Assert.Equal(("tg-chat-881", Platform.Telegram), (message.ChatId, message.Platform));
        Assert.StartsWith("Good news — a coordinator has approved your mentor profile.", message.Text, StringComparison.Ordinal);
        Assert.Equal("mentor.approve", (await db.AuditEntries.SingleAsync()).Action);
    }

    [Fact]
    public async Task Mentors_RejectWithoutAReason_IsRefusedAndNothingChanges()
    {
        var mentorId = await SeedPendingMentorAsync("Rosa", "tg-chat-881");

        var (said, exit) = await RunAsync("reject", mentorId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (usage, badExit) = await RunAsync("promote", "x");

        Assert.Equal(1, exit);
        Assert.Contains("needs a reason", said, StringComparison.Ordinal);
        Assert.Equal(2, badExit);
        Assert.StartsWith("Usage: mentors", usage, StringComparison.Ordinal);
        await using var db = Context();
        Assert.Equal(VettingStatus.Pending, (await db.Profiles.SingleAsync()).VettingStatus);
        Assert.Empty(await db.OutboxMessages.ToListAsync());
    }

    private async Task<(string Output, int ExitCode)> RunAsync(params string[] words)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = _directory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HealLink.Admin.dll"));
        info.ArgumentList.Add("mentors");
        foreach (var word in words)
        {
            info.ArgumentList.Add(word);
        }

        info.ArgumentList.Add($"--ConnectionStrings:HealLink={ConnectionString}");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True((await errors).Length == 0, await errors);
        return (await output, process.ExitCode);
    }

    /// <summary>A mentor who finished onboarding three days ago on Telegram, as the bot leaves them.</summary>
    private async Task<long> SeedPendingMentorAsync(string name, string chatId)
    {
        await using var db = Context();
        var finished = DateTimeOffset.UtcNow.AddDays(-3).AddHours(-1);
        var person = new Person
        {
            CreatedAt = finished,
            Accounts = [new PlatformAccount { Platform = Platform.Telegram, PlatformUserId = chatId, ChatId = chatId, CreatedAt = finished }],
            Profile = new Profile
            {
                Role = Role.Mentor,
                DisplayName = name,
                ProcedureText = "Kidney transplant",
                Stage = Stage.MoreThanThreeYearsAgo,
                VettingStatus = VettingStatus.Pending,
                ConsentedAt = finished,
                CompletedAt = finished,
                UpdatedAt = finished,
            },
        };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }

    private HealLinkDbContext Context()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:HealLink"] = ConnectionString }).Build();
        var services = new ServiceCollection().AddHealLinkStorage(configuration).BuildServiceProvider();
        services.MigrateHealLinkDatabaseAsync().GetAwaiter().GetResult();
        return services.GetRequiredService<IDbContextFactory<HealLinkDbContext>>().CreateDbContext();
    }
}
