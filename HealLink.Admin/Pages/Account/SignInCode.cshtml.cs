using HealLink.Admin.Accounts;
using HealLink.Admin.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace HealLink.Admin.Pages.Account;

/// <summary>The second step for an account with two-factor on; wrong codes count towards the lockout too.</summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class SignInCodeModel(SignInManager<AdminUser> signIn) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("SignIn");
        }

        var code = AuthenticatorCode.Digits(Code);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Problem = result.IsLockedOut
            ? "This account is locked for a while after too many wrong attempts."
            : "That code isn't right. Codes change every 30 seconds; try the one showing now.";
        return Page();
    }
}
