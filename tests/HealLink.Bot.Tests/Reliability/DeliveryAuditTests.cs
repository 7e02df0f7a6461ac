namespace HealLink.Bot.Tests.Reliability;

/// <summary>The audit behind the reliability runs tells Telegram's one unavoidable repeat from every real fault.</summary>
public sealed class DeliveryAuditTests
{
    private const long Chat = 1001;
    private static readonly DateTimeOffset _start = new(2026, 6, 11, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan _window = TimeSpan.FromSeconds(5);
    private static readonly KillRecord _kill = new(1, At(10), At(12));

    [Fact]
    public void Audit_EachMessageOnceAndInOrder_FindsNothing()
    {
        var audit = Audit(["a", "b", "c"], (0, "a"), (1, "b"), (2, "c"));

        Assert.Empty(audit.Problems);
        Assert.Empty(audit.Resent);
    }

    [Fact]
    public void Audit_LastMessageBeforeAKillSentAgainFirstAfterTheRestart_IsResentAfterThatKill()
    {
        var audit = Audit(["a", "b", "c"], (0, "a"), (9.9, "b"), (13, "b"), (14, "c"));

        Assert.Empty(audit.Problems);
        Assert.Equal(new ResentAfterKill(Chat, "b", 1, TimeSpan.FromMilliseconds(-100)), Assert.Single(audit.Resent));
    }

    [Fact]
    public void Audit_FirstCopyStoredJustAfterTheKillButBeforeTheRestart_IsStillInFlight()
    {
        // The killed process's last request may reach the server a moment after the kill.
        var audit = Audit(["a", "b"], (0, "a"), (10.2, "b"), (13, "b"));

        Assert.Empty(audit.Problems);
        Assert.Single(audit.Resent);
    }

    [Fact]
    public void Audit_RepeatWithNoKillBetweenTheCopies_IsAProblem()
    {
        var audit = Audit(["a", "b"], (0, "a"), (1, "b"), (2, "b"));

        Assert.Contains("arrived twice", Assert.Single(audit.Problems), StringComparison.Ordinal);
        Assert.Empty(audit.Resent);
    }

    [Fact]
    public void Audit_FirstCopySentLongBeforeTheKill_IsAProblem()
    {
        var audit = Audit(["a", "b"], (0, "a"), (1, "b"), (13, "b"));

        Assert.Contains("arrived twice", Assert.Single(audit.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_RepeatOfAnEarlierMessageAfterTheRestart_IsAProblem()
    {
        // Not the one in flight: "a" was followed by "b" before the kill, so it was recorded sent.
        var audit = Audit(["a", "b", "c"], (0, "a"), (9.9, "b"), (13, "a"), (14, "c"));

        Assert.Contains("where \"c\" was due", Assert.Single(audit.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_TwoMessagesSwapped_IsAProblem()
    {
        var audit = Audit(["a", "b", "c"], (0, "a"), (1, "c"), (2, "b"));

        Assert.Contains("received \"c\"", Assert.Single(audit.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_MessagesNeverArrived_AreAProblem()
    {
        var audit = Audit(["a", "b", "c"], (0, "a"));

        Assert.Contains("2 of 3 messages never arrived, from \"b\" on", Assert.Single(audit.Problems), StringComparison.Ordinal);
    }

    private static DeliveryAudit Audit(string[] expected, params (double Seconds, string Text)[] received) =>
        DeliveryAudit.Of(
            new Dictionary<long, IReadOnlyList<string>> { [Chat] = expected },
            chat => chat == Chat ? [.. received.Select(r => new ReceivedMessage(r.Text, At(r.Seconds)))] : [],
            [_kill],
            _window);

    private static DateTimeOffset At(double seconds) => _start.AddMilliseconds(Math.Round(seconds * 1000));
}
