using HealLink.Core.Conversations;
using HealLink.Core.Onboarding;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.Pipeline;

/// <summary>A story past the limit, kept as a draft on a real SQLite file: it survives a restart, and so do its buttons.</summary>
public sealed class PipelineDraftTests : IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Process_KeepTheFirstPartPressedAfterARestart_SavesItAndDropsTheDraft()
    {
        var maria = await WithADraftBeforeARestartAsync();
        await using var second = await PipelineHost.StartAsync(_file, _platform);
        maria.Host = second;

        var replies = await maria.PressAsync(DraftMessages.English.FirstPartLabel);

        Assert.Contains("Looks good", replies[^1].Buttons.SelectMany(r => r).Select(b => b.Label));
        var profile = await PipelineOnboardingTests.StoredProfileAsync(second, "101");
        Assert.Equal(Drafts.FirstPartOfLongStory, profile.Intro);
        var state = await second.QueryAsync(db => db.ConversationStates.SingleAsync());
        Assert.Equal((StepKeys.Summary, null, null), (state.StepKey, state.DraftStepKey, state.DraftAnswer));
    }

    [Fact]
    public async Task Process_StartAfterARestart_OffersTheDraftAgainAndAShorterOneStillAnswers()
    {
        var maria = await WithADraftBeforeARestartAsync();
        await using var second = await PipelineHost.StartAsync(_file, _platform);
        maria.Host = second;

        var resumed = await maria.SayAsync("/start");
        await maria.PressAsync(DraftMessages.English.ShorterLabel);
        await maria.SayAsync(Scripts.MenteeIntro);

        Assert.Equal(ConversationCopy.English.WelcomeBack, resumed[0].Text);
        Assert.Contains("It's 1,019 characters", resumed[^1].Text, StringComparison.Ordinal);
        var profile = await PipelineOnboardingTests.StoredProfileAsync(second, "101");
        Assert.Equal(Scripts.MenteeIntro, profile.Intro);
        Assert.Null(await second.QueryAsync(db => db.ConversationStates.Select(s => s.DraftAnswer).SingleAsync()));
    }

    private async Task<PipelinePerson> WithADraftBeforeARestartAsync()
    {
        var maria = new PipelinePerson(_platform, "101");
        await using var first = await PipelineHost.StartAsync(_file, _platform);
        maria.Host = first;
        await maria.RunAsync(Scripts.MenteeToIntro);
        await maria.SayAsync(Drafts.LongStory());
        var state = await first.QueryAsync(db => db.ConversationStates.SingleAsync());
        Assert.Equal((StepKeys.Intro, Drafts.LongStory()), (state.DraftStepKey, state.DraftAnswer));
        return maria;
    }
}
