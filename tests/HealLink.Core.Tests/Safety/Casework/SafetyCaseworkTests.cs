using HealLink.Core.Connections;
using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.Safety;
using HealLink.Core.Safety.Casework;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using HealLink.Core.Vetting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HealLink.Core.Tests.Connections.ConnectionPeople;

namespace HealLink.Core.Tests.Safety.Casework;

/// <summary>
/// A coordinator's actions on a real crisis flag and a real report, raised by people chatting through the pipeline:
/// each lands in the database, reaches the people it should through the outbox, and is audited against the case.
/// </summary>
public sealed class SafetyCaseworkTests : IAsyncLifetime, IDisposable
{
    private const string Coordinator = "coordinator@example.org";

    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();
    private PipelineHost _host = null!;
    private PipelinePerson _sam = null!;
    private PipelinePerson _ana = null!;

    private SafetyCasework Sut => _host.Services.GetRequiredService<SafetyCasework>();

    private SafetyCaseReader Reader => _host.Services.GetRequiredService<SafetyCaseReader>();

    public async Task InitializeAsync()
    {
        _host = await PipelineHost.StartAsync(_file, _platform, configure: services => services.AddSafetyCasework());
        _sam = await ApprovedMentorAsync(_host, _platform, "mentor-1", "Sam");
        _ana = await MenteeAsync(_host, _platform, "mentee-1", "Ana");
        await ConnectAsync(_ana, _sam, "Sam");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Contact_AfterACrisisFlag_ThePersonReadsTheCoordinatorsWords_AndTheAuditKeepsThem()
    {
        var flag = await CrisisFlagAsync();

        var outcome = await Sut.ContactAsync(flag, CaseParty.Subject, "  Hi Ana, I'm Maria from the team. How are you today?  ", Coordinator, CancellationToken.None);
        await _host.DispatchAsync();

        Assert.Equal(new CaseOutcome.Done(PeopleTold: 1), outcome);
        Assert.Equal(VettingCopy.English.CoordinatorNote("Hi Ana, I'm Maria from the team. How are you today?"), _ana.Last.Text);
        var audit = await _host.QueryAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(
            (Coordinator, "crisis.contact", await IdOfAsync("Ana"), $"#{flag.Id}: Hi Ana, I'm Maria from the team. How are you today?"),
            (audit.Actor, audit.Action, audit.SubjectPersonId!.Value, audit.Reason));
    }

    [Fact]
    public async Task Contact_TheReporter_ReachesThemOnAReport_ButACrisisFlagHasNone()
    {
        var report = await ReportAsync();
        var flag = await CrisisFlagAsync();

        var toReporter = await Sut.ContactAsync(report, CaseParty.Reporter, "Thank you for telling us; we're looking into it.", Coordinator, CancellationToken.None);
        var noReporter = await Sut.ContactAsync(flag, CaseParty.Reporter, "Hello", Coordinator, CancellationToken.None);
        await _host.DispatchAsync();

        Assert.Equal(new CaseOutcome.Done(1), toReporter);
        Assert.Equal(new CaseOutcome.NotAllowed(CaseworkCopy.NoReporter), noReporter);
        Assert.Equal(VettingCopy.English.CoordinatorNote("Thank you for telling us; we're looking into it."), _ana.Last.Text);
    }

    [Fact]
    public async Task Warn_TheReportedPerson_ReadsTheWarning_ButNobodyOnACrisisFlag()
    {
        var report = await ReportAsync();
        var flag = await CrisisFlagAsync();

        var warned = await Sut.WarnAsync(report, "Please don't ask for phone numbers.", Coordinator, CancellationToken.None);
        var onFlag = await Sut.WarnAsync(flag, "Anything", Coordinator, CancellationToken.None);
        await _host.DispatchAsync();

        Assert.Equal(new CaseOutcome.Done(1), warned);
        Assert.Equal(new CaseOutcome.NotAllowed(CaseworkCopy.NoOneToWarn), onFlag);
        Assert.Equal(VettingCopy.English.CoordinatorWarning("Please don't ask for phone numbers."), _sam.Last.Text);
        var audit = await _host.QueryAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(("report.warn", await IdOfAsync("Sam")), (audit.Action, audit.SubjectPersonId!.Value));
    }

    [Fact]
    public async Task Suspend_TheReportedPerson_IsSuspendedAndToldTheReason_OnceOnly()
    {
        var report = await ReportAsync();

        var outcome = await Sut.SuspendAsync(report, "Asked for contact details after a warning.", Coordinator, CancellationToken.None);
        var again = await Sut.SuspendAsync(report, "Again", Coordinator, CancellationToken.None);
        await _host.DispatchAsync();

        Assert.Equal(new CaseOutcome.Done(1), outcome);
        Assert.Equal(new CaseOutcome.NotAllowed(CaseworkCopy.AlreadySuspended), again);
        Assert.Equal(VettingCopy.English.AccountSuspended("Asked for contact details after a warning."), _sam.Last.Text);
        var sam = await _host.QueryAsync(db => db.People.SingleAsync(p => p.Profile!.DisplayName == "Sam"));
        Assert.NotNull(sam.SuspendedAt);
        var audit = await _host.QueryAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(("report.suspend", $"#{report.Id}: Asked for contact details after a warning."), (audit.Action, audit.Reason));
    }

    [Fact]
    public async Task EndConnection_BothAreToldNeutrallyAndAskedToRate_AndTheReasonStaysWithCoordinators()
    {
        var report = await ReportAsync();

        var outcome = await Sut.EndConnectionAsync(report, "Repeated requests for an address.", Coordinator, CancellationToken.None);
        var again = await Sut.EndConnectionAsync(report, "Again", Coordinator, CancellationToken.None);
        await _host.DispatchAsync();

        Assert.Equal(new CaseOutcome.Done(PeopleTold: 2), outcome);
        Assert.Equal(new CaseOutcome.NotAllowed(CaseworkCopy.ConversationNotOpen), again);
        Assert.Equal(
            [(OutboundKind.Text, ConnectionCopy.English.EndedNeutrally("Sam")), (OutboundKind.CloseThread, ""), (OutboundKind.Text, ConnectionCopy.English.RatingQuestion)],
            _ana.Received.TakeLast(3).Select(m => (m.Kind, m.Text)));
        Assert.Equal(
            [(OutboundKind.Text, ConnectionCopy.English.EndedNeutrally("Ana")), (OutboundKind.CloseThread, ""), (OutboundKind.Text, ConnectionCopy.English.RatingQuestion)],
            _sam.Received.TakeLast(3).Select(m => (m.Kind, m.Text)));
        Assert.DoesNotContain(_platform.Delivered, d => d.Message.Text.Contains("address", StringComparison.Ordinal) && d.Message.Text.Contains("Repeated", StringComparison.Ordinal));
        var connection = await _host.QueryAsync(db => db.Connections.SingleAsync());
        Assert.Equal((ConnectionState.Ended, EndReason.Coordinator, (long?)null), (connection.State, connection.EndReason, connection.EndedBy));
        var audit = await _host.QueryAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(("report.end", $"#{report.Id}: Repeated requests for an address."), (audit.Action, audit.Reason));

        // Over for both: what Ana types now is for the bot, not passed on, and she can rate it.
        var before = _sam.Received.Count;
        await _ana.SayAsync("hello?");
        await _ana.PressAsync("3");
        Assert.Equal(before, _sam.Received.Count);
        Assert.Equal(3, (await _host.QueryAsync(db => db.ConnectionRatings.SingleAsync())).Score);
    }

    [Fact]
    public async Task EndConnection_ACrisisFlagOutsideAConversation_HasNoneToEnd()
    {
        await _ana.SayAsync("/end");
        await _ana.PressAsync("End with Sam");
        var flag = await CrisisFlagAsync();

        var sut = await Sut.EndConnectionAsync(flag, "Just in case", Coordinator, CancellationToken.None);

        Assert.Equal(new CaseOutcome.NotAllowed(CaseworkCopy.NoConversation), sut);
    }

    [Fact]
    public async Task Actions_WithoutWords_OrOnNoSuchCase_ChangeNothing()
    {
        var report = await ReportAsync();
        var before = _sam.Received.Count;

        var blank = await Sut.WarnAsync(report, "   ", Coordinator, CancellationToken.None);
        var blankNote = await Sut.AddNoteAsync(report, "", Coordinator, CancellationToken.None);
        var missing = await Sut.ContactAsync(new SafetyCaseRef(SafetyKind.Report, report.Id + 100), CaseParty.Subject, "Hello", Coordinator, CancellationToken.None);
        await _host.DispatchAsync();

        Assert.IsType<CaseOutcome.TextRequired>(blank);
        Assert.IsType<CaseOutcome.TextRequired>(blankNote);
        Assert.IsType<CaseOutcome.NotFound>(missing);
        Assert.Equal(before, _sam.Received.Count);
        Assert.Equal(0, await _host.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Contact_SomeoneWhoBlockedTheBot_IsRefusedAndNotAudited()
    {
        var flag = await CrisisFlagAsync();
        await _host.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE platform_accounts SET unreachable_since = 1"));

        var sut = await Sut.ContactAsync(flag, CaseParty.Subject, "Checking in", Coordinator, CancellationToken.None);

        Assert.Equal(new CaseOutcome.NotAllowed(CaseworkCopy.Unreachable), sut);
        Assert.Equal(0, await _host.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Detail_AReport_HasItsMessagesPeopleConversationNotesAndTrail()
    {
        await _sam.SayAsync("Send me your <script>alert(1)</script> address.");
        var report = await ReportAsync();
        await Sut.AddNoteAsync(report, "Called Ana; she is fine. Watching Sam.", Coordinator, CancellationToken.None);
        await _host.Services.GetRequiredService<SafetyWatch>().SetStatusAsync(SafetyKind.Report, report.Id, FlagStatus.InReview, Coordinator, CancellationToken.None);

        var sut = await Reader.DetailAsync(report, CancellationToken.None);

        Assert.NotNull(sut);
        Assert.Equal((FlagStatus.InReview, "Sam", "Ana", (CrisisSource?)null), (sut.Status, sut.Subject.Name, sut.Reporter!.Name, sut.Source));
        Assert.EndsWith("Sam: Send me your <script>alert(1)</script> address.", sut.Words, StringComparison.Ordinal);
        Assert.Equal(("Ana", "Sam", ConnectionState.Active), (sut.Connection!.Mentee.Name, sut.Connection.Mentor.Name, sut.Connection.State));
        var note = Assert.Single(sut.Notes);
        Assert.Equal((Coordinator, "Called Ana; she is fine. Watching Sam."), (note.Author, note.Text));
        Assert.Equal(["report.note", "report.inreview"], sut.Trail.Select(a => a.Action));
        Assert.True(sut.CanWarn && sut.CanSuspend && sut.CanEndConnection);
    }

    [Fact]
    public async Task Detail_ACrisisFlag_HasTheExcerptAndOnlyItsOwnTrail()
    {
        var flag = await CrisisFlagAsync();
        var report = await ReportAsync();
        await Sut.AddNoteAsync(report, "About the report", Coordinator, CancellationToken.None);
        await Sut.AddNoteAsync(flag, "About the flag", Coordinator, CancellationToken.None);

        var sut = await Reader.DetailAsync(flag, CancellationToken.None);

        Assert.NotNull(sut);
        Assert.Equal((CrisisSource.Conversation, "Ana", (string?)null), (sut.Source, sut.Subject.Name, sut.Reporter?.Name));
        Assert.Equal(Crisis, sut.Words);
        Assert.Equal(["About the flag"], sut.Notes.Select(n => n.Text));
        Assert.Equal(["crisis.note"], sut.Trail.Select(a => a.Action));
        Assert.False(sut.CanWarn);
    }

    [Fact]
    public async Task Erasure_OfTheFlaggedPerson_TakesTheNotesWithTheFlag()
    {
        var flag = await CrisisFlagAsync();
        await Sut.AddNoteAsync(flag, "Ana mentioned her sister.", Coordinator, CancellationToken.None);

        await _ana.SayAsync("/delete");
        await _ana.PressAsync(ConversationCopy.English.EraseYes);

        Assert.Equal(0, await _host.QueryAsync(db => db.SafetyNotes.CountAsync()));
        Assert.Null(await Reader.DetailAsync(flag, CancellationToken.None));
    }

    private const string Crisis = "Honestly I just want it all to end.";

    private async Task<SafetyCaseRef> CrisisFlagAsync()
    {
        await _ana.SayAsync(Crisis);
        return new(SafetyKind.Crisis, await _host.QueryAsync(db => db.CrisisFlags.MaxAsync(f => f.Id)));
    }

    private async Task<SafetyCaseRef> ReportAsync()
    {
        await _ana.SayAsync("/report");
        await _ana.PressAsync("Report about Sam");
        return new(SafetyKind.Report, await _host.QueryAsync(db => db.Reports.MaxAsync(r => r.Id)));
    }

    private Task<long> IdOfAsync(string name) =>
        _host.QueryAsync(db => db.Profiles.Where(p => p.DisplayName == name).Select(p => p.PersonId).SingleAsync());
}
