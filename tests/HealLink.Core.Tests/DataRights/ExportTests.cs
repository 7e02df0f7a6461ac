using HealLink.Core.Conversations;
using HealLink.Core.Onboarding;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Jobs;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.DataRights;

/// <summary>/export through the real pipeline and SQLite file: everything held about the person, and only theirs.</summary>
public sealed class ExportTests : IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Export_InAConversation_HasTheirOwnMessagesAndRatingButNotTheOtherPersonsWords()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform);
        var sam = await Connections.ConnectionPeople.ApprovedMentorAsync(host, _platform, "mentor-1", "Sam");
        var ana = await Connections.ConnectionPeople.MenteeAsync(host, _platform, "mentee-1", "Ana");
        await Connections.ConnectionPeople.ConnectAsync(ana, sam, "Sam");
        await ana.SayAsync("My own words, kiwi-meadow-31");
        await sam.SayAsync("The mentor's words, harbour-owl-88");
        await ana.SayAsync("/end");
        await ana.PressAsync("End with Sam");
        await ana.PressAsync("5");
        await ana.SayAsync("Lovely to talk, thistle-9");

        var replies = await ana.SayAsync("/export");
        var export = replies[^2].Text;
        var file = replies[^1];

        Assert.Equal((Messaging.OutboundKind.Document, "heallink-export.json"), (file.Kind, file.FileName));
        using (var json = System.Text.Json.JsonDocument.Parse(file.Text))
        {
            var root = json.RootElement;
            Assert.Equal("Ana", root.GetProperty("profile").GetProperty("name").GetString());
            Assert.Equal("My own words, kiwi-meadow-31", root.GetProperty("messages_you_wrote")[0].GetProperty("text").GetString());
            Assert.Equal("Sam", root.GetProperty("messages_you_wrote")[0].GetProperty("to").GetString());
            Assert.Equal(5, root.GetProperty("your_ratings")[0].GetProperty("score").GetInt32());
            Assert.Equal(("mentee", "Sam", "Ended"), (
                root.GetProperty("connections")[0].GetProperty("you").GetString(),
                root.GetProperty("connections")[0].GetProperty("with").GetString(),
                root.GetProperty("connections")[0].GetProperty("state").GetString()));
        }

        Assert.DoesNotContain("harbour-owl-88", file.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ana.UserId, file.Text, StringComparison.Ordinal);
        Assert.Contains("to Sam", export, StringComparison.Ordinal);
        Assert.Contains("My own words, kiwi-meadow-31", export, StringComparison.Ordinal);
        Assert.Contains("5 of 5 — \"Lovely to talk, thistle-9\"", export, StringComparison.Ordinal);
        Assert.DoesNotContain("harbour-owl-88", export, StringComparison.Ordinal);
        Assert.Contains("you asked Sam: ended", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_AMenteeWhoAskedAMentor_GetsEveryAnswerAndTheRequestAndNothingOfAnyoneElse()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform);
        await MatchingPeople.SeedDemoMentorsAsync(host);
        var maria = await MatchingPeople.FinishedMenteeAsync(host, _platform, "tg-user-5550199");
        var cards = await maria.PressAsync(OnboardingCopy.English.FindMatchLabel);
        var connect = cards.SelectMany(m => m.Buttons.SelectMany(row => row)).First(b => b.Label.StartsWith("Connect with ", StringComparison.Ordinal));
        await maria.PressAsync(connect.Label);
        var mentorName = connect.Label["Connect with ".Length..];
        var mentorIntro = await host.QueryAsync(db => db.Profiles.Where(p => p.DisplayName == mentorName).Select(p => p.Intro).SingleAsync());

        var replies = await maria.SayAsync("/export");

        Assert.Equal(ConversationCopy.English.ExportLead, replies[0].Text);
        var export = replies[1].Text;
        Assert.Contains("Name: Maria", export, StringComparison.Ordinal);
        Assert.Contains(Scripts.MenteeIntro, export, StringComparison.Ordinal);
        Assert.Contains($"- you asked {mentorName}: waiting for an answer", export, StringComparison.Ordinal);
        Assert.Contains("Where we talk with you: Console", export, StringComparison.Ordinal);
        Assert.DoesNotContain(mentorIntro!, export, StringComparison.Ordinal);
        Assert.DoesNotContain(maria.UserId, export, StringComparison.Ordinal);
        Assert.Equal(0, await host.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Text.Contains(Scripts.MenteeIntro) && (m.Text.StartsWith("Joined:") || m.FileName != null))));
    }

    [Fact]
    public async Task Export_WhileAStoryPastTheLimitIsHeldAsADraft_IncludesTheDraftInTextAndFile()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform);
        var maria = new PipelinePerson(_platform, "mentee-1") { Host = host };
        await maria.RunAsync(Scripts.MenteeToIntro);
        var story = Drafts.LongStory("lupin-harbour-52 ");
        await maria.SayAsync(story);

        var replies = await maria.SayAsync("/export");

        Assert.Contains($"Kept as a draft for \"Your story\" (longer than that answer fits):\n{story}", replies[^2].Text, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(replies[^1].Text);
        var draft = json.RootElement.GetProperty("draft_answer");
        Assert.Equal(("Your story", story), (draft.GetProperty("question").GetString(), draft.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Export_ACaregiver_SaysTheySupportSomeoneInBothFiles()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform);
        var carol = new PipelinePerson(_platform, "303") { Host = host };
        await carol.RunAsync(Scripts.CaregiverByButtons);

        var replies = await carol.SayAsync("/export");

        Assert.Contains("Here to: Find a mentor, as a caregiver", replies[^2].Text, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(replies[^1].Text);
        var profile = json.RootElement.GetProperty("profile");
        Assert.Equal(("Mentee", "Caregiver"), (profile.GetProperty("role").GetString(), profile.GetProperty("role_kind").GetString()));
    }

    [Fact]
    public void Handle_Export_LeadsAndAsksThePipelineForTheData()
    {
        var chat = new Chat(new ConversationHandler(new FixedTimeProvider(DateTimeOffset.UnixEpoch)));
        chat.Run(Scripts.StartMentee);

        var replies = chat.Send("/export");

        Assert.Equal(ConversationCopy.English.ExportLead, Assert.Single(replies).Text);
        Assert.IsType<ConversationIntent.ExportPerson>(Assert.Single(chat.LastIntents));
    }
}
