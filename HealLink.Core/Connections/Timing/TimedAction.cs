using HealLink.Core.Messaging;
using HealLink.Core.Storage;

namespace HealLink.Core.Connections.Timing;

/// <summary>
/// One thing owed on one connection now: a conditional update that claims it, and what is sent if the claim took.
/// The claim is written inside the transaction; it changes no row when another process got there first, and then
/// nothing is sent, so each notice goes out once however many processes run the job.
/// </summary>
internal sealed record TimedAction(
    TimedActionKind Kind,
    Func<HealLinkDbContext, CancellationToken, Task<int>> ClaimAsync,
    IReadOnlyList<OutboundMessage> Messages);

internal enum TimedActionKind
{
    Expiry,
    Reminder,
    CheckIn,
}
