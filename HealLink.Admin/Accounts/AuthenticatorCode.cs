namespace HealLink.Admin.Accounts;

public static class AuthenticatorCode
{
    /// <summary>The digits of a code as typed: apps show "123 456" or "123-456", and people copy it that way.</summary>
    public static string Digits(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        return typed.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
    }
}
