using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealLink.Admin.Pages;

/// <summary>What a coordinator sees for a missing page or a failure: plain words, never a stack trace.</summary>
// A failed antiforgery check is re-executed here as a POST; checking the token again would fail again.
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Explanation { get; private set; } = "The panel could not finish that. Nothing was changed; please try again.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Title, Explanation) = code switch
        {
            404 => ("Not found", "There is no page here. It may have moved, or the link was mistyped."),
            400 => ("That form had expired", "The page was open too long or was sent from elsewhere. Please reload it and try again."),
            403 => ("Not for this account", "Your role does not include this page."),
            _ => (Title, Explanation),
        };
    }
}
