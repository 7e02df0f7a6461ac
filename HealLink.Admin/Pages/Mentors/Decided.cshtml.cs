using HealLink.Admin.Accounts;
using HealLink.Core.People;
using HealLink.Core.Vetting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealLink.Admin.Pages.Mentors;

/// <summary>Approved, suspended and rejected mentors: suspend, reinstate, or approve a rejected one after all.</summary>
public sealed class MentorsDecidedModel(MentorVetting vetting) : PageModel
{
    public IReadOnlyList<Profile> Mentors { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Mentors = await vetting.DecidedProfilesAsync(cancellationToken);

    public Task<IActionResult> OnPostSuspendAsync(long id, string? reason, CancellationToken cancellationToken) =>
        DecideAsync(id, VettingDecision.Suspend, reason, cancellationToken);

    public Task<IActionResult> OnPostReinstateAsync(long id, CancellationToken cancellationToken) =>
        DecideAsync(id, VettingDecision.Reinstate, null, cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(long id, CancellationToken cancellationToken) =>
        DecideAsync(id, VettingDecision.Approve, null, cancellationToken);

    private async Task<IActionResult> DecideAsync(long id, VettingDecision decision, string? reason, CancellationToken cancellationToken)
    {
        Status = VettingMessages.Describe(await vetting.DecideAsync(id, decision, reason, User.Actor(), cancellationToken));
        return RedirectToPage();
    }
}
