using HealLink.Admin.Pages.Display;
using HealLink.Core.Coordination;
using HealLink.Core.Safety;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealLink.Admin.Pages.Safety;

/// <summary>Crisis flags first (someone may be in danger), then reports, each newest first; open ones unless filtered.</summary>
public sealed class SafetyQueueModel(SafetyWatch watch) : PageModel
{
    public ResultPage<SafetyItem> Items { get; private set; } = new([], 1, 0);

    /// <summary>Null: the open ones, new and in review.</summary>
    public FlagStatus? Filter { get; private set; }

    public Pager Pager => Pager.For(Items, new Dictionary<string, string?> { ["status"] = Filter?.ToString() });

    public async Task OnGetAsync(FlagStatus? status, int p = 1, CancellationToken cancellationToken = default)
    {
        Filter = status;
        Items = await watch.ListAsync(status, p, cancellationToken);
    }

    /// <summary>Where a case's page is: /safety/crisis/12, /safety/report/7.</summary>
    public static string PathOf(SafetyItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return $"/safety/{(item.Kind == SafetyKind.Crisis ? "crisis" : "report")}/{item.Id}";
    }
}
