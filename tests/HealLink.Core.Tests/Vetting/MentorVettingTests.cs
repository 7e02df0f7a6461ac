using HealLink.Core.People;
using HealLink.Core.Tests.Connections;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using HealLink.Core.Vetting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Vetting;

/// <summary>A coordinator's decision reaches the mentor in their chat, and an approved mentor reaches mentees.</summary>
public sealed class MentorVettingTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();
    private PipelineHost _host = null!;

    private MentorVetting Vetting => _host.Services.GetRequiredService<MentorVetting>();

    public async Task InitializeAsync() =>
        _host = await PipelineHost.StartAsync(_file, _platform, configure: services => services.AddMentorVetting());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Approve_PendingMentor_IsToldInTheirChatAndFoundByAMenteesSearch()
    {
        var sam = new PipelinePerson(_platform, "mentor-1") { Host = _host };
        await sam.RunAsync(Scripts.MentorByButtons);
        var maria = await ConnectionPeople.MenteeAsync(_host, _platform, "mentee-1", "Maria");
        var pending = Assert.Single(await Vetting.PendingAsync(CancellationToken.None));
        Assert.Equal("Sam", pending.Name);
        Assert.Equal(Core.Matching.Flow.MatchingCopy.English.NoneFits, (await maria.SayAsync("/match"))[^1].Text);

        var outcome = await Vetting.DecideAsync(pending.PersonId, VettingDecision.Approve, null, "cli:test", CancellationToken.None);
        await _host.DispatchAsync();

        Assert.Equal(new VettingOutcome.Done(VettingStatus.Approved, MentorTold: true), outcome);
        Assert.Equal(VettingCopy.English.Approved, sam.Last.Text);
        var cards = await maria.SayAsync("/match");
        Assert.Contains(cards, m => m.Buttons.SelectMany(r => r).Any(b => b.Label == "Connect with Sam"));
        var audit = await _host.QueryAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(("cli:test", "mentor.approve", pending.PersonId), (audit.Actor, audit.Action, audit.SubjectPersonId!.Value));
        Assert.Empty(await Vetting.PendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Reject_WithAReason_TheMentorReadsItAndIsNeverOffered()
    {
        var sam = new PipelinePerson(_platform, "mentor-1") { Host = _host };
        await sam.RunAsync(Scripts.MentorByButtons);
        var id = (await Vetting.PendingAsync(CancellationToken.None))[0].PersonId;

        var withoutReason = await Vetting.DecideAsync(id, VettingDecision.Reject, "  ", "cli:test", CancellationToken.None);
        var outcome = await Vetting.DecideAsync(id, VettingDecision.Reject, "We need at least a year since your procedure.", "cli:test", CancellationToken.None);
        await _host.DispatchAsync();

        Assert.IsType<VettingOutcome.ReasonRequired>(withoutReason);
        Assert.Equal(new VettingOutcome.Done(VettingStatus.Rejected, MentorTold: true), outcome);
        Assert.Contains("Their note: We need at least a year since your procedure.", sam.Last.Text, StringComparison.Ordinal);
        var profile = await sam.SayAsync("/profile");
        Assert.Contains("Review: not approved as a mentor at this time.", profile[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_ThatDoesNotApply_ChangesNothingAndTellsNobody()
    {
        var sam = new PipelinePerson(_platform, "mentor-1") { Host = _host };
        await sam.RunAsync(Scripts.MentorByButtons);
        var id = (await Vetting.PendingAsync(CancellationToken.None))[0].PersonId;
        var before = sam.Received.Count;

        var reinstate = await Vetting.DecideAsync(id, VettingDecision.Reinstate, null, "cli:test", CancellationToken.None);
        var unknown = await Vetting.DecideAsync(id + 100, VettingDecision.Approve, null, "cli:test", CancellationToken.None);
        await _host.DispatchAsync();

        Assert.Equal(new VettingOutcome.NotAllowed(VettingStatus.Pending), reinstate);
        Assert.IsType<VettingOutcome.NotFound>(unknown);
        Assert.Equal(before, sam.Received.Count);
        Assert.Equal(0, await _host.QueryAsync(db => db.AuditEntries.CountAsync()));
    }
}
