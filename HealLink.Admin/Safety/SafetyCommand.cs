using System.Globalization;
using HealLink.Core.Safety;

namespace HealLink.Admin.Safety;

/// <summary>
/// <c>safety</c> on the admin panel's command line: crisis flags (first) and reports not yet resolved, newest first,
/// with the words that raised them; <c>safety pickup|resolve crisis|report &lt;id&gt;</c> moves one on (audited).
/// </summary>
internal sealed class SafetyCommand(SafetyWatch watch, TextWriter output)
{
    public const string Name = "safety";

    public const string Usage =
        "Usage: safety                               open crisis flags and reports, crisis flags first\n"
        + "       safety pickup crisis|report <id>     you are looking into it\n"
        + "       safety resolve crisis|report <id>";

    /// <returns>The process exit code: 0 done, 1 no such item, 2 not understood.</returns>
    public async Task<int> RunAsync(IReadOnlyList<string> args, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0)
        {
            await ListAsync(cancellationToken);
            return 0;
        }

        FlagStatus? status = args[0] switch { "pickup" => FlagStatus.InReview, "resolve" => FlagStatus.Resolved, _ => null };
        if (status is null
            || args.Count != 3
            || !Enum.TryParse<SafetyKind>(args[1], ignoreCase: true, out var kind)
            || !long.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var changed = await watch.SetStatusAsync(kind, id, status.Value, actor, cancellationToken);
        await output.WriteLineAsync(changed ? $"{kind} {id} is now {status}." : $"There is no {kind.ToString().ToLowerInvariant()} {id}.");
        return changed ? 0 : 1;
    }

    private async Task ListAsync(CancellationToken cancellationToken)
    {
        var items = await watch.OpenAsync(cancellationToken);
        if (items.Count == 0)
        {
            await output.WriteLineAsync("No open crisis flag or report.");
            return;
        }

        foreach (var item in items)
        {
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{item.Kind.ToString().ToLowerInvariant()} {item.Id}\t{item.At:yyyy-MM-dd HH:mm} UTC\t{item.Status}\t{item.Subject} (person {item.SubjectPersonId})\t{item.Where}"));
            foreach (var line in item.Words.Split('\n'))
            {
                await output.WriteLineAsync("    " + line);
            }
        }
    }
}
