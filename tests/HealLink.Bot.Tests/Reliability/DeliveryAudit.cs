namespace HealLink.Bot.Tests.Reliability;

/// <summary>A message as the fake stored it in someone's chat, and when.</summary>
internal sealed record ReceivedMessage(string Text, DateTimeOffset At);

/// <summary>When the bot process's kill was ordered, and when the next one was started (once the killed one was gone).</summary>
internal sealed record KillRecord(int Number, DateTimeOffset KilledAt, DateTimeOffset RestartedAt);

/// <summary>A message a chat received twice because the process died while sending it; see <see cref="DeliveryAudit"/>.</summary>
/// <param name="FirstCopyAfterKill">
/// When Telegram accepted the first copy, from the moment the kill was ordered: negative before it, positive while the
/// signal was on its way (the process runs on until it lands, and the server may read its last request after).
/// </param>
internal sealed record ResentAfterKill(long ChatId, string Text, int Kill, TimeSpan FirstCopyAfterKill);

/// <summary>
/// Holds what every chat received against what it should have, in order. The one repeat allowed is Telegram's
/// unavoidable one: a process killed after Telegram accepted a message and before it recorded the message sent, whose
/// successor sends it again. Such a repeat is told from any other by where it stands: its first copy is the last
/// message the chat received before the kill (and not long before it: accepting and recording are one HTTP answer and
/// one small commit apart), and its second copy is the first the chat received after the restart. Anything else
/// repeated, missing, unexpected or out of order is a problem.
/// </summary>
internal sealed class DeliveryAudit
{
    private readonly List<string> _problems = [];
    private readonly List<ResentAfterKill> _resent = [];

    private DeliveryAudit()
    {
    }

    public IReadOnlyList<string> Problems => _problems;

    public IReadOnlyList<ResentAfterKill> Resent => _resent;

    /// <param name="expected">By chat: the texts it must receive, in order.</param>
    /// <param name="received">By chat: what it received, in the order stored.</param>
    /// <param name="sendWindow">How long before a kill a first copy may have been accepted to count as in flight.</param>
    public static DeliveryAudit Of(
        IReadOnlyDictionary<long, IReadOnlyList<string>> expected,
        Func<long, IReadOnlyList<ReceivedMessage>> received,
        IReadOnlyList<KillRecord> kills,
        TimeSpan sendWindow)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(received);
        var audit = new DeliveryAudit();
        foreach (var (chatId, due) in expected)
        {
            audit.Check(chatId, due, received(chatId), kills, sendWindow);
        }

        return audit;
    }

    private void Check(long chatId, IReadOnlyList<string> due, IReadOnlyList<ReceivedMessage> got, IReadOnlyList<KillRecord> kills, TimeSpan sendWindow)
    {
        var next = 0;
        for (var i = 0; i < got.Count; i++)
        {
            if (next < due.Count && got[i].Text == due[next])
            {
                next++;
            }
            else if (i > 0 && got[i].Text == got[i - 1].Text)
            {
                var kill = KillBetween(got[i - 1], got[i], kills, sendWindow);
                if (kill is null)
                {
                    _problems.Add($"chat {chatId}: \"{got[i].Text}\" arrived twice ({got[i - 1].At:HH:mm:ss.fff} and {got[i].At:HH:mm:ss.fff}) with no kill in between to explain it");
                }
                else
                {
                    _resent.Add(new ResentAfterKill(chatId, got[i].Text, kill.Number, got[i - 1].At - kill.KilledAt));
                }
            }
            else
            {
                var wanted = next < due.Count ? $"\"{due[next]}\"" : "nothing more";
                _problems.Add($"chat {chatId}: received \"{got[i].Text}\" at {got[i].At:HH:mm:ss.fff} where {wanted} was due");
                return;
            }
        }

        if (next < due.Count)
        {
            _problems.Add($"chat {chatId}: {due.Count - next} of {due.Count} messages never arrived, from \"{due[next]}\" on");
        }
    }

    /// <summary>The kill the first copy was in flight at: sent shortly before it, and sent again only after the restart.</summary>
    private static KillRecord? KillBetween(ReceivedMessage first, ReceivedMessage again, IReadOnlyList<KillRecord> kills, TimeSpan sendWindow) =>
        kills.FirstOrDefault(k => first.At >= k.KilledAt - sendWindow && first.At < k.RestartedAt && again.At >= k.RestartedAt);
}
