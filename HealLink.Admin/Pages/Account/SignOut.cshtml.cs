using HealLink.Admin.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealLink.Admin.Pages.Account;

/// <summary>Signing out is a form post (with antiforgery), so a link on another site cannot sign anyone out.</summary>
public sealed class SignOutModel(SignInManager<AdminUser> signIn) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Redirect("/") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
