using HealLink.Core.Coordination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealLink.Admin.Pages.People;

/// <summary>One person: every answer, their platforms, their connections with ratings, and the cases involving them.</summary>
public sealed class PersonModel(PeopleDirectory directory) : PageModel
{
    public PersonDetail Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await directory.DetailAsync(id, cancellationToken) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        return Page();
    }
}
