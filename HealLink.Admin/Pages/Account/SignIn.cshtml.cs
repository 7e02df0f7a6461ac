using HealLink.Admin.Accounts;
using HealLink.Admin.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace HealLink.Admin.Pages.Account;

[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class SignInModel(SignInManager<AdminUser> signIn) : PageModel
{
    /// <summary>One answer for a wrong email and a wrong password, so the form does not reveal who has an account.</summary>
    private const string WrongCredentials = "That email and password don't match an account.";

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
        if ((result.Succeeded || result.RequiresTwoFactor) && (await signIn.UserManager.FindByEmailAsync(Email))?.SuspendedAt is not null)
        {
            // Said only after the right password, so the form never tells a stranger which accounts exist.
            await signIn.SignOutAsync();
            Problem = "This account is suspended. Another admin can reinstate it.";
            return Page();
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("SignInCode", new { ReturnUrl });
        }

        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Problem = result.IsLockedOut
            ? "This account is locked for a while after too many wrong passwords. Try again later, or ask another admin."
            : WrongCredentials;
        return Page();
    }
}
