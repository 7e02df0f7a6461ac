using HealLink.Admin.Accounts;
using HealLink.Core.Safety;
using HealLink.Core.Safety.Casework;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealLink.Admin.Pages.Safety;

/// <summary>
/// One crisis flag or report: the words, the people, the conversation, notes and the audit trail; picking it up,
/// resolving it, and acting on it. Every post comes back here with what happened.
/// </summary>
public sealed class SafetyCaseModel(SafetyCaseReader reader, SafetyCasework casework, SafetyWatch watch) : PageModel
{
    public SafetyCaseDetail Case { get; private set; } = null!;

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(string kind, long id, CancellationToken cancellationToken)
    {
        if (SafetyCaseRef.From(kind, id) is not { } @case || await reader.DetailAsync(@case, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        Case = detail;
        return Page();
    }

    public Task<IActionResult> OnPostPickUpAsync(string kind, long id, CancellationToken cancellationToken) =>
        MoveAsync(kind, id, FlagStatus.InReview, "Picked up: it's in review, with your name on it in the trail.", cancellationToken);

    public Task<IActionResult> OnPostResolveAsync(string kind, long id, CancellationToken cancellationToken) =>
        MoveAsync(kind, id, FlagStatus.Resolved, "Resolved.", cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(string kind, long id, CancellationToken cancellationToken) =>
        MoveAsync(kind, id, FlagStatus.InReview, "Reopened: it's in review again.", cancellationToken);

    public Task<IActionResult> OnPostNoteAsync(string kind, long id, string? text, CancellationToken cancellationToken) =>
        ActAsync(kind, id, @case => casework.AddNoteAsync(@case, text, User.Actor(), cancellationToken), "Note added.");

    public Task<IActionResult> OnPostContactAsync(string kind, long id, CaseParty party, string? message, CancellationToken cancellationToken) =>
        ActAsync(kind, id, @case => casework.ContactAsync(@case, party, message, User.Actor(), cancellationToken), "Sent: the bot is passing your message on in their chat.");

    public Task<IActionResult> OnPostWarnAsync(string kind, long id, string? message, CancellationToken cancellationToken) =>
        ActAsync(kind, id, @case => casework.WarnAsync(@case, message, User.Actor(), cancellationToken), "Warning sent: the bot is passing it on in their chat.");

    public Task<IActionResult> OnPostSuspendAsync(string kind, long id, string? reason, CancellationToken cancellationToken) =>
        ActAsync(kind, id, @case => casework.SuspendAsync(@case, reason, User.Actor(), cancellationToken), "Suspended: they can no longer send messages or be matched, and are told why.");

    public Task<IActionResult> OnPostEndAsync(string kind, long id, string? reason, CancellationToken cancellationToken) =>
        ActAsync(kind, id, @case => casework.EndConnectionAsync(@case, reason, User.Actor(), cancellationToken), "The conversation has ended; both people are told, neutrally.");

    private async Task<IActionResult> MoveAsync(string kind, long id, FlagStatus status, string done, CancellationToken cancellationToken)
    {
        if (SafetyCaseRef.From(kind, id) is not { } @case)
        {
            return NotFound();
        }

        var found = await watch.SetStatusAsync(@case.Kind, @case.Id, status, User.Actor(), cancellationToken);
        Status = CaseMessages.Describe(found ? new CaseOutcome.Done(0) : new CaseOutcome.NotFound(), done);
        return RedirectToPage(new { kind, id });
    }

    private async Task<IActionResult> ActAsync(string kind, long id, Func<SafetyCaseRef, Task<CaseOutcome>> act, string done)
    {
        if (SafetyCaseRef.From(kind, id) is not { } @case)
        {
            return NotFound();
        }

        Status = CaseMessages.Describe(await act(@case), done);
        return RedirectToPage(new { kind, id });
    }
}
