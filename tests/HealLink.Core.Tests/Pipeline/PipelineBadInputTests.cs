using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.Pipeline;

/// <summary>Bad input through the real pipeline: a kind reply, the question again, and nothing stored is lost.</summary>
public sealed class PipelineBadInputTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();
    private PipelineHost? _host;
    private PipelinePerson? _maria;

    private PipelineHost Host => _host!;

    private PipelinePerson Maria => _maria!;

    public async Task InitializeAsync()
    {
        _host = await PipelineHost.StartAsync(_file, _platform);
        _maria = new PipelinePerson(_platform, "101") { Host = _host };
        await _maria.RunAsync(Scripts.MenteeToIntro);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public void Dispose() => _file.Dispose();

    public static TheoryData<string, InboundContent, string> BadInputs => new()
    {
        { "control characters only", new TextInput("\u0001\u0002\u0007\u001b"), AnswerMessages.English.Empty },
        { "empty", new TextInput(""), AnswerMessages.English.Empty },
        { "unknown command", new TextInput("/teleport"), "I don't know /teleport yet" },
        { "garbage button", new ButtonPress("}{not-ours\u0000"), ConversationCopy.English.UnknownButton },
        { "stale button", new ButtonPress("q:1:agree"), ConversationCopy.English.StaleButton },
        { "a sticker", new UnsupportedInput("sticker"), ConversationCopy.English.TextOnly },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Process_BadInputAtTheIntro_RepliesKindlyAndLosesNothing(string what, InboundContent input, string expected)
    {
        var before = await SnapshotAsync();

        var replies = await Maria.DeliverAsync(input);

        Assert.True(replies.Count >= 2, what);
        Assert.Contains(expected, replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("In a few sentences", replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(0, await Host.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)));
    }

    [Fact]
    public async Task Process_BadInputThenAGoodAnswer_CarriesOnFromTheSameQuestion()
    {
        await Maria.SayAsync(string.Concat(Enumerable.Repeat("x", 5_000)));

        await Maria.SayAsync(Scripts.MenteeIntro);

        var profile = await PipelineOnboardingTests.StoredProfileAsync(Host, "101");
        Assert.Equal(Scripts.MenteeIntro, profile.Intro);
        Assert.Equal(StepKeys.Summary, (await Host.QueryAsync(db => db.ConversationStates.SingleAsync())).StepKey);
    }

    /// <summary>What is stored of Maria's answers and place, minus timestamps.</summary>
    private Task<string> SnapshotAsync() => Host.QueryAsync(async db =>
    {
        var p = await db.Profiles.AsNoTracking().SingleAsync();
        var s = await db.ConversationStates.AsNoTracking().SingleAsync();
        return string.Join(
            "|",
            p.Role,
            p.DisplayName,
            p.ProcedureText,
            p.Stage,
            p.AgeRange,
            p.Gender,
            string.Join(",", p.Languages),
            p.Intro,
            s.Mode,
            s.StepKey,
            s.Version);
    });
}
