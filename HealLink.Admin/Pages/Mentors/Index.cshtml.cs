using HealLink.Admin.Accounts;
using HealLink.Core.People;
using HealLink.Core.Vetting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealLink.Admin.Pages.Mentors;

/// <summary>The vetting queue: each pending mentor's whole profile, with Approve and Reject.</summary>
public sealed class MentorsQueueModel(MentorVetting vetting, TimeProvider timeProvider) : PageModel
{
    public IReadOnlyList<Profile> Queue { get; private set; } = [];

    public DateTimeOffset Now { get; } = timeProvider.GetUtcNow();

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Queue = await vetting.PendingProfilesAsync(cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(long id, CancellationToken cancellationToken) =>
        DecideAsync(id, VettingDecision.Approve, null, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(long id, string? reason, CancellationToken cancellationToken) =>
        DecideAsync(id, VettingDecision.Reject, reason, cancellationToken);

    public string WaitingFor(Profile mentor) => Waiting.Describe(Now - (mentor.CompletedAt ?? Now));

    private async Task<IActionResult> DecideAsync(long id, VettingDecision decision, string? reason, CancellationToken cancellationToken)
    {
        var outcome = await vetting.DecideAsync(id, decision, reason, User.Actor(), cancellationToken);
        Status = VettingMessages.Describe(outcome);
        return RedirectToPage();
    }
}
