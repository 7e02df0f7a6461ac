using System.Globalization;
using HealLink.Core.Vetting;

namespace HealLink.Admin.People;

/// <summary><c>people suspend &lt;id&gt; &lt;reason&gt;</c> and <c>people reinstate &lt;id&gt;</c>: a pause after a report, and its end.</summary>
internal sealed class PeopleCommand(PersonSuspension suspension, TextWriter output)
{
    public const string Name = "people";

    public const string Usage =
        "Usage: people suspend <id> <reason>   they can neither send nor be matched, and read the reason\n"
        + "       people reinstate <id>";

    /// <returns>The process exit code: 0 done, 1 no change, 2 not understood.</returns>
    public async Task<int> RunAsync(IReadOnlyList<string> args, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        bool? suspend = args.Count > 0 ? args[0] switch { "suspend" => true, "reinstate" => false, _ => null } : null;
        if (suspend is null || args.Count < 2 || !long.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var personId))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var reason = args.Count > 2 ? string.Join(' ', args.Skip(2)) : null;
        if (suspend.Value && reason is null)
        {
            await output.WriteLineAsync("A suspension needs a reason: the person reads it.");
            return 1;
        }

        var changed = await suspension.SetAsync(personId, suspend.Value, reason, actor, cancellationToken);
        await output.WriteLineAsync(changed
            ? $"Person {personId} is now {(suspend.Value ? "suspended" : "active")}. The bot tells them in their chat."
            : $"Nothing changed: person {personId} does not exist or is already {(suspend.Value ? "suspended" : "active")}.");
        return changed ? 0 : 1;
    }
}
