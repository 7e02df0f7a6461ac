using HealLink.Admin.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealLink.Admin.Pages.Accounts;

/// <summary>Admins add, suspend and reinstate coordinators' accounts.</summary>
public sealed class AccountsModel(AdminAccounts accounts) : PageModel
{
    public IReadOnlyList<AdminAccount> Accounts { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Accounts = await accounts.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string email, string role, string password, CancellationToken cancellationToken)
    {
        Status = await accounts.CreateAsync(email, password, role, User.Actor(), cancellationToken) ?? $"Added {role} {email}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSuspendAsync(string id, CancellationToken cancellationToken)
    {
        Status = await accounts.SetSuspendedAsync(id, suspended: true, User.Actor(), cancellationToken)
            ? "Suspended: their sessions end within a minute, and they cannot sign in."
            : "Nothing changed.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReinstateAsync(string id, CancellationToken cancellationToken)
    {
        Status = await accounts.SetSuspendedAsync(id, suspended: false, User.Actor(), cancellationToken) ? "Reinstated." : "Nothing changed.";
        return RedirectToPage();
    }
}
