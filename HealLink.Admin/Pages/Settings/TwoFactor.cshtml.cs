using System.Security.Claims;
using System.Text;
using HealLink.Admin.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealLink.Admin.Pages.Settings;

/// <summary>Optional TOTP for one's own account, with Identity's authenticator token provider.</summary>
public sealed class TwoFactorModel(UserManager<AdminUser> users, SignInManager<AdminUser> signIn) : PageModel
{
    public bool Enabled { get; private set; }

    public string FormattedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    [BindProperty]
    public string Code { get; set; } = "";

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        await DescribeAsync(account);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        var code = AuthenticatorCode.Digits(Code);
        if (!await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Status = "That code isn't right. Check the app shows HealLink's current code and try again.";
            return RedirectToPage();
        }

        await users.SetTwoFactorEnabledAsync(account, true);
        // The new security stamp would end this session; the code just entered is the second factor, so the
        // session goes on as one signed in with both (Identity's "amr" = "mfa").
        await signIn.SignInWithClaimsAsync(account, isPersistent: false, [new Claim("amr", "mfa")]);
        Status = "Two-factor sign-in is on.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        await users.SetTwoFactorEnabledAsync(account, false);
        // A new key next time, so a key copied while it was on cannot be used later.
        await users.ResetAuthenticatorKeyAsync(account);
        await signIn.RefreshSignInAsync(account);
        Status = "Two-factor sign-in is off.";
        return RedirectToPage();
    }

    private async Task DescribeAsync(AdminUser account)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(account);
        if (Enabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(account);
            // A new key changes the security stamp, which would end this very session at its next check.
            await signIn.RefreshSignInAsync(account);
            key = await users.GetAuthenticatorKeyAsync(account) ?? "";
        }

        FormattedKey = InGroups(key);
        AuthenticatorUri = $"otpauth://totp/HealLink:{Uri.EscapeDataString(account.Email ?? "")}?secret={key}&issuer=HealLink&digits=6";
    }

    private static string InGroups(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}
