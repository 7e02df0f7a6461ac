using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.People;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.Pipeline;

/// <summary>Whole onboardings through the real pipeline on a real SQLite file: processor, outbox, dispatcher.</summary>
public sealed class PipelineOnboardingTests : IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Process_MenteeOnboardsEndToEnd_ProfileIsStoredAndEveryReplyIsSentOnce()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform);
        var maria = new PipelinePerson(_platform, "101") { Host = host };

        await maria.RunAsync(Scripts.MenteeByButtons);

        var profile = await StoredProfileAsync(host, "101");
        Assert.Equal(Role.Mentee, profile.Role);
        Assert.Equal("Maria", profile.DisplayName);
        Assert.Equal(Stage.Preparing, profile.Stage);
        Assert.Equal(["English", "Spanish"], profile.Languages);
        Assert.Equal(["Cooking"], profile.Interests);
        Assert.Equal(Scripts.MenteeIntro, profile.Intro);
        Assert.NotNull(profile.CompletedAt);
        Assert.Equal(new Button("Find my match", "a:match"), Assert.Single(maria.Last.Buttons.SelectMany(r => r)));
        await AssertEveryRowSentExactlyOnceAsync(host);
    }

    [Fact]
    public async Task Process_MentorOnboardsEndToEnd_EndsInPendingReview()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform);
        var sam = new PipelinePerson(_platform, "202") { Host = host };

        await sam.RunAsync(Scripts.MentorByButtons);

        var profile = await StoredProfileAsync(host, "202");
        Assert.Equal(Role.Mentor, profile.Role);
        Assert.Equal(VettingStatus.Pending, profile.VettingStatus);
        Assert.Equal(["waiting", "work"], profile.HelpTopics);
        Assert.Equal(2, profile.Capacity);
        Assert.Equal(OnboardingCopy.English.MentorFinished, sam.Last.Text);
        await AssertEveryRowSentExactlyOnceAsync(host);
    }

    [Fact]
    public async Task Process_CaregiverMenteeOnboardsEndToEnd_StoresTheCaregiverKind()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform);
        var carol = new PipelinePerson(_platform, "303") { Host = host };

        await carol.RunAsync(Scripts.CaregiverByButtons);

        var profile = await StoredProfileAsync(host, "303");
        Assert.Equal((Role.Mentee, RoleKind.Caregiver), (profile.Role!.Value, profile.RoleKind));
        Assert.NotNull(profile.CompletedAt);
        Assert.Contains(carol.Received, m => m.Text.StartsWith("What procedure is the person you support facing", StringComparison.Ordinal));
        await AssertEveryRowSentExactlyOnceAsync(host);
    }

    [Fact]
    public async Task Process_CaregiverMentorOnboardsEndToEnd_EndsInPendingReviewAsACaregiver()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform);
        var peter = new PipelinePerson(_platform, "404") { Host = host };

        await peter.RunAsync(Scripts.CaregiverMentorByButtons);

        var profile = await StoredProfileAsync(host, "404");
        Assert.Equal((Role.Mentor, RoleKind.Caregiver), (profile.Role!.Value, profile.RoleKind));
        Assert.Equal(VettingStatus.Pending, profile.VettingStatus);
        Assert.Equal(OnboardingCopy.English.MentorFinished, peter.Last.Text);
        await AssertEveryRowSentExactlyOnceAsync(host);
    }

    [Fact]
    public async Task Process_RestartInTheMiddle_ResumesAtTheSameQuestionWithoutAskingAgain()
    {
        var maria = new PipelinePerson(_platform, "101");
        await using (var first = await PipelineHost.StartAsync(_file, _platform))
        {
            maria.Host = first;
            await maria.RunAsync(Scripts.MenteeToIntro);
        }

        var questionsBefore = _platform.Delivered.Count;
        await using var second = await PipelineHost.StartAsync(_file, _platform);
        maria.Host = second;

        // Nothing is re-sent by the restart itself, and the open question still takes its answer.
        Assert.Null(await second.DispatchAsync());
        Assert.Equal(questionsBefore, _platform.Delivered.Count);
        var replies = await maria.SayAsync(Scripts.MenteeIntro);

        Assert.Contains("Looks good", replies[^1].Buttons.SelectMany(r => r).Select(b => b.Label));
        Assert.Single(maria.Received, m => m.Text.Contains("In a few sentences", StringComparison.Ordinal));
        var state = await second.QueryAsync(db => db.ConversationStates.SingleAsync());
        Assert.Equal(StepKeys.Summary, state.StepKey);
    }

    [Fact]
    public async Task Process_ButtonFromBeforeTheRestart_StillAnswersTheOpenQuestion()
    {
        var sam = new PipelinePerson(_platform, "202");
        await using (var first = await PipelineHost.StartAsync(_file, _platform))
        {
            sam.Host = first;
            await sam.RunAsync(Scripts.MentorToHelpTopics);
        }

        await using var second = await PipelineHost.StartAsync(_file, _platform);
        sam.Host = second;
        await sam.PressAsync("Returning to work");
        await sam.PressAsync("Done");

        var profile = await StoredProfileAsync(second, "202");
        Assert.Equal(["work"], profile.HelpTopics);
        Assert.Contains("How many mentees", sam.Last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_SameUpdateDeliveredTwice_IsHandledOnce()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform);
        var maria = new PipelinePerson(_platform, "101") { Host = host };
        await maria.RunAsync(Scripts.StartMentee);
        var rowsBefore = await host.QueryAsync(db => db.OutboxMessages.CountAsync());

        var first = await host.Processor.ProcessAsync(PipelineHost.Message("101", new TextInput("Maria"), "u-77"), default);
        var again = await host.Processor.ProcessAsync(PipelineHost.Message("101", new TextInput("Maria"), "u-77"), default);
        await host.DispatchAsync();

        Assert.False(first.IsDuplicate);
        Assert.True(again.IsDuplicate);
        Assert.Empty(again.OutboxIds);
        Assert.Equal(rowsBefore + first.OutboxIds.Count, await host.QueryAsync(db => db.OutboxMessages.CountAsync()));
        // Handled twice, "Maria" would have been taken as the answer to the procedure question too.
        var profile = await StoredProfileAsync(host, "101");
        Assert.Null(profile.ProcedureText);
        Assert.Equal(AboutYouSteps.Procedure(Role.Mentee).Prompt, maria.Last.Text);
    }

    [Fact]
    public async Task Process_ManyUpdatesAtOnceFromTwoProcesses_NoneIsLostOrDoubled()
    {
        await using var first = await PipelineHost.StartAsync(_file, _platform);
        await using var second = await PipelineHost.StartAsync(_file, _platform);
        var people = Enumerable.Range(1, 8).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        // Every update is delivered to both processes, as two instances behind a load balancer might see it.
        var work = people.SelectMany(id => Enumerable.Range(1, 5).Select(n => (id, updateId: $"{id}-{n}")))
            .SelectMany(u => new[] { first, second }.Select(host =>
                host.Processor.ProcessAsync(PipelineHost.Message(u.id, new TextInput("/help"), u.updateId), default)))
            .ToList();
        var outcomes = await Task.WhenAll(work);

        Assert.Equal(40, outcomes.Count(o => !o.IsDuplicate));
        Assert.Equal(40, outcomes.Count(o => o.IsDuplicate));
        Assert.Equal(40, await first.QueryAsync(db => db.InboundReceipts.CountAsync()));
        Assert.Equal(8, await first.QueryAsync(db => db.People.CountAsync()));
    }

    internal static async Task<Profile> StoredProfileAsync(PipelineHost host, string userId) =>
        await host.QueryAsync(async db =>
        {
            var account = await db.PlatformAccounts.SingleAsync(a => a.PlatformUserId == userId);
            return await db.Profiles.SingleAsync(p => p.PersonId == account.PersonId);
        });

    private async Task AssertEveryRowSentExactlyOnceAsync(PipelineHost host)
    {
        var rows = await host.QueryAsync(db => db.OutboxMessages.ToListAsync());
        Assert.All(rows, row => Assert.NotNull(row.SentAt));
        Assert.Equal(rows.Select(r => r.Id).Order(), _platform.Delivered.Select(d => d.OutboxId).Order());
    }
}
