using System.Globalization;
using HealLink.Core.Vetting;

namespace HealLink.Admin.Mentors;

/// <summary>
/// <c>mentors</c> on the admin panel's command line: the vetting queue and the decisions, until the panel's pages
/// arrive. Each decision reaches the mentor through the outbox (the running bot delivers it) and is audited.
/// </summary>
internal sealed class MentorsCommand(MentorVetting vetting, TextWriter output, TimeProvider timeProvider)
{
    public const string Name = "mentors";

    public const string Usage =
        "Usage: mentors                       the mentors waiting for review, longest-waiting first\n"
        + "       mentors approve <id>\n"
        + "       mentors reject <id> <reason>   (the mentor reads the reason)\n"
        + "       mentors suspend <id> <reason>\n"
        + "       mentors reinstate <id>";

    /// <returns>The process exit code: 0 done, 1 refused, 2 not understood.</returns>
    public async Task<int> RunAsync(IReadOnlyList<string> args, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0)
        {
            await ListAsync(cancellationToken);
            return 0;
        }

        if (!Enum.TryParse<VettingDecision>(args[0], ignoreCase: true, out var decision)
            || args.Count < 2
            || !long.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var mentorId))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var reason = args.Count > 2 ? string.Join(' ', args.Skip(2)) : null;
        var outcome = await vetting.DecideAsync(mentorId, decision, reason, actor, cancellationToken);
        await output.WriteLineAsync(Describe(mentorId, outcome));
        return outcome is VettingOutcome.Done ? 0 : 1;
    }

    private async Task ListAsync(CancellationToken cancellationToken)
    {
        var pending = await vetting.PendingAsync(cancellationToken);
        if (pending.Count == 0)
        {
            await output.WriteLineAsync("No mentor is waiting for review.");
            return;
        }

        var now = timeProvider.GetUtcNow();
        foreach (var mentor in pending)
        {
            var days = (int)(now - mentor.FinishedAt).TotalDays;
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{mentor.PersonId}\t{mentor.Name}\t{mentor.Procedure}\t{mentor.Stage}\twaiting {days} day{(days == 1 ? "" : "s")}{Hint(mentor)}"));
        }
    }

    /// <summary>PRODUCT.md's rule of thumb, shown as a hint: many programmes ask mentors to be a year past treatment.</summary>
    private static string Hint(PendingMentor mentor) =>
        mentor.Stage == HealLink.Core.People.Stage.LessThanAYearAgo ? "\thint: less than a year since the procedure" : "";

    private static string Describe(long mentorId, VettingOutcome outcome) => outcome switch
    {
        VettingOutcome.Done done => $"Mentor {mentorId} is now {done.Status}."
            + (done.MentorTold ? " The bot tells them in their chat." : " They cannot be reached on any platform right now."),
        VettingOutcome.NotFound => $"No finished mentor profile has id {mentorId}.",
        VettingOutcome.NotAllowed refused => $"Mentor {mentorId} is {refused.Current?.ToString() ?? "Pending"}; that decision does not apply.",
        _ => "A rejection or suspension needs a reason: the mentor reads it.",
    };
}
