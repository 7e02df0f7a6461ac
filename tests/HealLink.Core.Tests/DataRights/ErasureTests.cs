using System.Text;
using HealLink.Core.Conversations;
using HealLink.Core.Matching.Flow;
using HealLink.Core.Onboarding;
using HealLink.Core.Storage.Encryption;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Jobs;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.DataRights;

/// <summary>/delete through the real pipeline and SQLite file: what consent promised, kept.</summary>
public sealed class ErasureTests : IDisposable
{
    private const string Name = "Zephyrine";
    private const string StoryMark = "quokka-lantern-7781";

    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Delete_ConfirmedByAMenteeWhoAskedAMentor_LeavesNoRowInAnyTableHoldingTheirWordsOrIds()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform);
        await MatchingPeople.SeedDemoMentorsAsync(host);
        var zephyrine = new PipelinePerson(_platform, "tg-user-5550172", updatePrefix: "update") { Host = host };
        await zephyrine.RunAsync(MenteeWith(Name, $"Waiting for a kidney transplant, scared of the surgery, and my cat {StoryMark} keeps me going."));
        await AskTheFirstMentorAsync(zephyrine);
        Assert.True(await host.QueryAsync(db => Task.FromResult(db.Connections.Any())), "the mentee asked a mentor");

        await zephyrine.SayAsync("/delete");
        var goodbye = await zephyrine.PressAsync(ConversationCopy.English.EraseYes);

        Assert.Equal(ConversationCopy.English.Erased, Assert.Single(goodbye).Text);
        Assert.Empty(await RowsHoldingAsync(host, zephyrine.UserId, Name, StoryMark));
        Assert.Equal(0, await host.QueryAsync(db => Task.FromResult(db.People.Count(p => p.Profile!.DisplayName == Name))));

        var again = await zephyrine.SayAsync("hi");
        Assert.Equal(OnboardingCopy.English.Welcome, again[0].Text);
    }

    [Fact]
    public async Task Delete_AMentorSomeoneIsWaitingOn_TheMenteeIsToldNeutrallyAndCanLookAgain()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform);
        var sam = new PipelinePerson(_platform, "tg-mentor-42") { Host = host };
        await sam.RunAsync(Scripts.MentorByButtons);
        await host.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE profiles SET vetting_status = 'Approved' WHERE role = 'Mentor'"));
        var maria = await MatchingPeople.FinishedMenteeAsync(host, _platform, "tg-mentee-7");
        await AskTheFirstMentorAsync(maria);

        await sam.SayAsync("/delete");
        await sam.PressAsync(ConversationCopy.English.EraseYes);

        Assert.Equal(ConversationCopy.English.RequestEndedByErasure, maria.Last.Text);
        var cards = await maria.PressAsync(OnboardingCopy.English.FindMatchLabel);
        Assert.Equal(MatchingCopy.English.NoneFits, cards[^1].Text);
    }

    [Fact]
    public async Task Delete_InAConversation_TheOtherIsToldNeutrallyAndNoRowHoldsTheirWordsOrIds()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform);
        var sam = await Connections.ConnectionPeople.ApprovedMentorAsync(host, _platform, "mentor-5550199", "Sam");
        var zephyrine = await Connections.ConnectionPeople.MenteeAsync(host, _platform, "tg-user-5550172", Name, updatePrefix: "update");
        await Connections.ConnectionPeople.ConnectAsync(zephyrine, sam, "Sam");
        await zephyrine.SayAsync($"Thank you Sam — {StoryMark} says hi.");
        await sam.SayAsync("Say hi back from me!");
        await sam.SayAsync("/mentees");
        await zephyrine.SayAsync("I don't want to live anymore");

        await zephyrine.SayAsync("/delete");
        await zephyrine.PressAsync(ConversationCopy.English.EraseYes);

        Assert.Equal(Core.Connections.ConnectionCopy.English.LeftHealLink(Name), sam.Last.Text);
        Assert.Empty(await RowsHoldingAsync(host, zephyrine.UserId, Name, StoryMark, "want to live"));
        var after = await sam.SayAsync("Are you still there?");
        Assert.DoesNotContain(after, m => m.To.ChatId == zephyrine.UserId);
    }

    [Fact]
    public async Task Delete_WhileAStoryPastTheLimitIsHeldAsADraft_LeavesNoCellHoldingIt()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform);
        var zephyrine = new PipelinePerson(_platform, "tg-user-5550172", updatePrefix: "update") { Host = host };
        await zephyrine.RunAsync(Scripts.MenteeToIntro);
        await zephyrine.SayAsync(Drafts.LongStory(StoryMark + " "));
        Assert.Contains($"conversation_states.draft_answer holds '{StoryMark}'", await RowsHoldingAsync(host, StoryMark));

        await zephyrine.SayAsync("/delete");
        await zephyrine.PressAsync(ConversationCopy.English.EraseYes);

        Assert.Empty(await RowsHoldingAsync(host, zephyrine.UserId, StoryMark));
    }

    /// <summary>Find my match, then Connect on the first card shown.</summary>
    private static async Task AskTheFirstMentorAsync(PipelinePerson mentee)
    {
        var cards = await mentee.PressAsync(OnboardingCopy.English.FindMatchLabel);
        var connect = cards.SelectMany(m => m.Buttons.SelectMany(row => row)).First(b => b.Label.StartsWith("Connect", StringComparison.Ordinal));
        await mentee.PressAsync(connect.Label);
    }

    private static IEnumerable<ChatStep> MenteeWith(string name, string intro) =>
        Scripts.MenteeByButtons.Select(step => step switch
        {
            ChatStep.Say { Text: Scripts.MenteeName } => new ChatStep.Say(name),
            ChatStep.Say { Text: Scripts.MenteeIntro } => new ChatStep.Say(intro),
            _ => step,
        });

    /// <summary>
    /// Every cell of every table (Quartz's and the migrations' own included) that holds any of the marks; an encrypted
    /// cell is read decrypted, so erasure is checked on what it holds, not only on what a reader without the key sees.
    /// </summary>
    private async Task<List<string>> RowsHoldingAsync(PipelineHost host, params string[] marks)
    {
        var cipher = host.Services.GetRequiredService<FieldCipher>();
        await using var connection = await _file.OpenConnectionAsync();
        var tables = await _file.TableNamesAsync();

        var found = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    var value = reader.GetValue(column) switch
                    {
                        byte[] bytes => Encoding.UTF8.GetString(bytes),
                        string[] keys => string.Join(",", keys),
                        string text when StoredValue.IsEncrypted(text) => cipher.Decrypt(text),
                        var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    };
                    found.AddRange(marks.Where(mark => value.Contains(mark, StringComparison.OrdinalIgnoreCase))
                        .Select(mark => $"{table}.{reader.GetName(column)} holds '{mark}'"));
                }
            }
        }

        Assert.True(tables.Count > 10, "the scan read the schema");
        return found;
    }
}
