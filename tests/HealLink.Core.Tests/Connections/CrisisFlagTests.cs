using HealLink.Core.Connections;
using HealLink.Core.Conversations;
using HealLink.Core.Safety;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using static HealLink.Core.Tests.Connections.ConnectionPeople;

namespace HealLink.Core.Tests.Connections;

/// <summary>Crisis words anywhere: the writer gets resources at once, coordinators get a flag, and a conversation goes on.</summary>
public sealed class CrisisFlagTests : IAsyncLifetime, IDisposable
{
    private const string Crisis = "Honestly I just want it all to end.";

    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();
    private PipelineHost _host = null!;

    public async Task InitializeAsync() => _host = await PipelineHost.StartAsync(_file, _platform);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task CrisisInAConversation_WriterGetsResources_OtherGetsTheMessageAndANote_CoordinatorsAFlag()
    {
        var sam = await ApprovedMentorAsync(_host, _platform, "mentor-1", "Sam");
        var ana = await MenteeAsync(_host, _platform, "mentee-1", "Ana");
        await ConnectAsync(ana, sam, "Sam");

        var toAna = await ana.SayAsync(Crisis);

        Assert.Equal(CrisisReply.Text, Assert.Single(toAna).Text);
        Assert.Equal($"Ana: {Crisis}", sam.Received[^2].Text);
        Assert.Equal(ConnectionCopy.English.CrisisNoteForOther, sam.Last.Text);
        var flag = await _host.QueryAsync(db => db.CrisisFlags.SingleAsync());
        var connection = await _host.QueryAsync(db => db.Connections.SingleAsync());
        Assert.Equal((CrisisSource.Conversation, connection.Id, Crisis, FlagStatus.New), (flag.Source, flag.ConnectionId, flag.Excerpt, flag.Status));
    }

    [Fact]
    public async Task CrisisAsAnOnboardingAnswer_IsFlaggedButNeverStoredAsTheAnswer()
    {
        var ana = new PipelinePerson(_platform, "mentee-1") { Host = _host };
        await ana.RunAsync(Scripts.StartMentee);

        var replies = await ana.SayAsync(Crisis);

        Assert.Equal(CrisisReply.Text, replies[0].Text);
        Assert.Equal(ConversationCopy.English.AfterCrisis, replies[1].Text);
        Assert.Null((await _host.QueryAsync(db => db.Profiles.SingleAsync())).DisplayName);
        Assert.Equal((CrisisSource.Answer, (long?)null), await _host.QueryAsync(async db =>
        {
            var flag = await db.CrisisFlags.SingleAsync();
            return (flag.Source, flag.ConnectionId);
        }));
    }

    [Fact]
    public async Task CrisisInTheIntro_IsKeptAsTheirStoryAndFlagged()
    {
        var ana = new PipelinePerson(_platform, "mentee-1") { Host = _host };
        await ana.RunAsync(Scripts.MenteeToIntro);
        var intro = "Since the diagnosis some nights I just want it all to end, but my sister gets me through, and I want to talk to someone who has been there.";

        var replies = await ana.SayAsync(intro);

        Assert.Equal(CrisisReply.Text, replies[0].Text);
        Assert.Equal(intro, (await _host.QueryAsync(db => db.Profiles.SingleAsync())).Intro);
        Assert.Equal(CrisisSource.Intro, (await _host.QueryAsync(db => db.CrisisFlags.SingleAsync())).Source);
    }

    [Fact]
    public async Task OrdinaryFear_IsNeitherAnsweredAsACrisisNorFlagged()
    {
        var sam = await ApprovedMentorAsync(_host, _platform, "mentor-1", "Sam");
        var ana = await MenteeAsync(_host, _platform, "mentee-1", "Ana");
        await ConnectAsync(ana, sam, "Sam");

        var toAna = await ana.SayAsync("I'm scared I'll die on the table.");

        Assert.Empty(toAna);
        Assert.Equal("Ana: I'm scared I'll die on the table.", sam.Last.Text);
        Assert.Equal(0, await _host.QueryAsync(db => db.CrisisFlags.CountAsync()));
    }
}
